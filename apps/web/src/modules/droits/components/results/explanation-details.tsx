import { fr } from "@codegouvfr/react-dsfr";
import type { Explanation, Reference } from "../../api.ts";
import { withNames } from "../shared/household.ts";

/** A link to a legal text, opened apart; printed with its address (droits.css). */
function SourceLink({ reference }: { reference: Reference }) {
  return (
    <a
      className="zero-droits-source"
      href={reference.href}
      target="_blank"
      rel="noopener noreferrer"
      title={`${reference.title} (nouvelle fenêtre)`}
    >
      {reference.title}
    </a>
  );
}

/** Why the result: the conditions met or not, the figures used with their legal sources, the texts. */
export function ExplanationDetails({ explanation }: { explanation: Explanation }) {
  const sources = explanation.sources.filter((s, i, all) => all.findIndex((o) => o.href === s.href && o.title === s.title) === i);
  return (
    <>
      {explanation.conditions.length > 0 && (
        <>
          <h5 className={fr.cx("fr-h6", "fr-mb-1w")}>Les conditions examinées</h5>
          <ul className="zero-droits-conditions">
            {explanation.conditions.map((c, i) => (
              <li key={`${c.variable}-${c.id}-${i}`}>
                <span className={fr.cx(c.met ? "fr-icon-check-line" : "fr-icon-close-line", "fr-icon--sm")} aria-hidden="true" />{" "}
                {/* « met » is the condition's truth, not a verdict: an input false for an awarded benefit is « non ». */}
                <span className={fr.cx("fr-sr-only")}>{c.met ? "Oui : " : "Non : "}</span>
                {withNames(c.text)}
              </li>
            ))}
          </ul>
        </>
      )}
      {explanation.figures.length > 0 && (
        <>
          <h5 className={fr.cx("fr-h6", "fr-mb-1w")}>Les chiffres utilisés</h5>
          <ul>
            {explanation.figures.map((f) => (
              <li key={f.path}>
                {withNames(f.text)}
                {f.href !== undefined && f.source !== undefined && (
                  <>
                    {" "}
                    (source : <SourceLink reference={{ title: f.source, href: f.href }} />)
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {sources.length > 0 && (
        <>
          <h5 className={fr.cx("fr-h6", "fr-mb-1w")}>Les textes de loi</h5>
          <ul>
            {sources.map((s) => (
              <li key={`${s.title}-${s.href}`}>
                <SourceLink reference={s} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
