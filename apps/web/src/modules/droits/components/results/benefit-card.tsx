import { fr } from "@codegouvfr/react-dsfr";
import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { BenefitResult, Explanation } from "../../api.ts";
import { euros } from "../shared/format.ts";
import { withNames } from "../shared/household.ts";
import { howToApply } from "../shared/where-to-apply.ts";
import { ExplanationDetails } from "./explanation-details.tsx";
import { HowToApplyDetails } from "./how-to-apply-details.tsx";

type Props = {
  result: BenefitResult;
  /** undefined while it loads; null when it could not be had (the message says why). */
  explanation: Explanation | null | undefined;
  explanationError?: string;
};

/** One benefit: its amount and status, why, the nearest change, where and how to apply. */
export function BenefitCard({ result, explanation, explanationError }: Props) {
  const how = howToApply(result.variable);
  const title = how?.title ?? result.variable;
  const eligible = result.status === "eligible";
  const amountText = how?.paid
    ? eligible
      ? `Participation à payer : ${euros(result.amount)} par mois`
      : "Pas de participation calculée avec vos réponses"
    : eligible
      ? `${euros(result.amount)} par mois`
      : "Pas de droit avec vos réponses";
  return (
    <article className={fr.cx("fr-mb-4w")} data-benefit={result.variable} aria-labelledby={`aide-${result.variable}`}>
      <h3 id={`aide-${result.variable}`} className={fr.cx("fr-h5", "fr-mb-1w")}>
        {title}
      </h3>
      <p className={fr.cx("fr-mb-1w")}>
        {eligible ? (
          <Badge severity="success" noIcon={false}>
            Droit probable
          </Badge>
        ) : result.status === "unknown" ? (
          <Badge severity="warning">Incomplet</Badge>
        ) : (
          <Badge severity="info">Pas de droit</Badge>
        )}
      </p>
      <p className={fr.cx("fr-text--lead", "fr-mb-1w")} data-testid="montant" data-amount={result.amount}>
        {amountText}
      </p>
      {explanation === undefined && explanationError === undefined && (
        <p className={fr.cx("fr-text--sm")}>Explication en cours de calcul…</p>
      )}
      {explanationError !== undefined && <p className={fr.cx("fr-error-text")}>{explanationError}</p>}
      {explanation && (
        <>
          <p data-testid="resume">{withNames(explanation.summary)}</p>
          {/* A change that « raises » what the household pays is no help: not shown for a participation. */}
          {explanation.nearestChange && !how?.paid && (
            <div className={fr.cx("fr-callout", "fr-mb-2w")}>
              <p className={fr.cx("fr-callout__title", "fr-text--md")}>Ce qui pourrait changer</p>
              <p className={fr.cx("fr-callout__text", "fr-text--md")}>{withNames(explanation.nearestChange.text)}</p>
            </div>
          )}
        </>
      )}
      <div className={fr.cx("fr-accordions-group")}>
        {explanation && (
          <Accordion label="Pourquoi ce résultat ?" titleAs="h4">
            <ExplanationDetails explanation={explanation} />
          </Accordion>
        )}
        {how !== undefined && (
          <Accordion label={eligible ? "Où et comment faire la demande" : "Où se renseigner"} titleAs="h4">
            <HowToApplyDetails how={how} />
          </Accordion>
        )}
      </div>
    </article>
  );
}
