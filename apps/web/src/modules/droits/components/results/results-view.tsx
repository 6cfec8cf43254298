import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Highlight } from "@codegouvfr/react-dsfr/Highlight";
import { useEffect, useState } from "react";
import { fetchExplanation, type BenefitResult, type Explanation, type Situation } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";
import { euros, monthName } from "../shared/format.ts";
import { howToApply } from "../shared/where-to-apply.ts";
import { BenefitCard } from "./benefit-card.tsx";

type Props = { period: string; situation: Situation; results: BenefitResult[]; onRestart: () => void };

type Explained = Record<string, { explanation: Explanation } | { error: string }>;

/** Every benefit with its amount, status and explanation; the total; print and restart. */
export function ResultsView({ period, situation, results, onRestart }: Props) {
  const [explained, setExplained] = useState<Explained>({});
  const key = JSON.stringify(situation);

  // One explanation after the other: the server computes them in its own small pool.
  useEffect(() => {
    let cancelled = false;
    setExplained({});
    void (async () => {
      for (const r of results) {
        if (cancelled) return;
        try {
          const { explanation } = await fetchExplanation(situation, r.variable, period);
          if (!cancelled) setExplained((previous) => ({ ...previous, [r.variable]: { explanation } }));
        } catch (error) {
          if (!cancelled)
            setExplained((previous) => ({ ...previous, [r.variable]: { error: `Explication indisponible : ${messageOf(error)}` } }));
        }
      }
    })();
    return () => {
      cancelled = true;
    };
    // The situation is read through its key: a new object with the same answers is the same question.
  }, [key, period]);

  const eligible = results.filter((r) => r.status === "eligible");
  const others = results.filter((r) => r.status !== "eligible");
  const received = eligible.filter((r) => !howToApply(r.variable)?.paid);
  const total = received.reduce((sum, r) => sum + r.amount, 0);
  const done = Object.keys(explained).length;

  const card = (r: BenefitResult) => {
    const e = explained[r.variable];
    return (
      <BenefitCard
        key={r.variable}
        result={r}
        explanation={e && "explanation" in e ? e.explanation : undefined}
        explanationError={e && "error" in e ? e.error : undefined}
      />
    );
  };

  return (
    <div data-testid="resultats">
      <h2 id="resultats-titre" tabIndex={-1} className={fr.cx("fr-h3")}>
        Vos droits estimés pour {monthName(period)}
      </h2>
      <p className="zero-print-only">
        Récapitulatif à apporter à un guichet, établi le {new Date().toLocaleDateString("fr-FR")} avec le simulateur « Mes droits » de Zéro.
      </p>
      <Highlight className={fr.cx("fr-ml-0")}>
        {received.length === 0
          ? "Avec vos réponses, nous ne trouvons pas d'aide qui vous serait versée ce mois-ci. Voyez plus bas pourquoi, et ce qui pourrait changer."
          : `Avec vos réponses, vous pourriez recevoir environ ${euros(total)} par mois, avec ${received.length === 1 ? "une aide" : `${received.length} aides`}.`}{" "}
        C'est une estimation : seul l'organisme qui verse l'aide décide, sur votre demande.
      </Highlight>
      <p role="status" className={`${fr.cx("fr-text--sm")} zero-no-print`}>
        {done < results.length
          ? `Explications en cours de calcul : ${done} sur ${results.length}.`
          : "Toutes les explications sont prêtes."}
      </p>
      <ul className={`${fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left")} zero-no-print`}>
        <li>
          <Button type="button" iconId="fr-icon-printer-line" onClick={() => window.print()}>
            Imprimer le récapitulatif
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" iconId="fr-icon-refresh-line" onClick={onRestart}>
            Recommencer et effacer mes réponses
          </Button>
        </li>
      </ul>
      {eligible.length > 0 && (
        <section aria-labelledby="aides-droit">
          <h2 id="aides-droit" className={fr.cx("fr-h4", "fr-mt-4w")}>
            Les aides auxquelles vous avez probablement droit
          </h2>
          {eligible.map(card)}
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="aides-sans-droit">
          <h2 id="aides-sans-droit" className={fr.cx("fr-h4", "fr-mt-4w")}>
            Les autres aides étudiées
          </h2>
          {others.map(card)}
        </section>
      )}
    </div>
  );
}
