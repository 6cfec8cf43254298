import { fr } from "@codegouvfr/react-dsfr";
import { SERVICES, type HowToApply } from "../shared/where-to-apply.ts";

/** The service, how to apply, the documents, the Marseille office and where these facts come from. */
export function HowToApplyDetails({ how }: { how: HowToApply }) {
  const service = SERVICES[how.service];
  const office = service.office;
  return (
    <>
      <p className={fr.cx("fr-mb-1w")}>
        <strong>Où : </strong>
        {service.name}.{how.otherService !== undefined && <> {how.otherService}</>}
      </p>
      <p className={fr.cx("fr-mb-1w")}>
        <strong>Comment : </strong>
        {how.how}
      </p>
      <p className={fr.cx("fr-mb-1w")}>
        <strong>Les documents à préparer :</strong>
      </p>
      <ul>
        {how.documents.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <p className={fr.cx("fr-mb-1w")}>
        <strong>À Marseille : </strong>
        {office.name}
        {office.address !== undefined && <>, {office.address}</>}
        {office.checked ? "." : " (adresse non vérifiée)."}
      </p>
      <p className={fr.cx("fr-text--sm")}>
        {office.note} Source :{" "}
        <a
          className="zero-droits-source"
          href={office.source.href}
          target="_blank"
          rel="noopener noreferrer"
          title={`${office.source.title} (nouvelle fenêtre)`}
        >
          {office.source.title}
        </a>
        .
      </p>
      <p className={fr.cx("fr-text--sm")}>
        Sites officiels :{" "}
        {how.sources.map((s, i) => (
          <span key={s.href}>
            {i > 0 && ", "}
            <a
              className="zero-droits-source"
              href={s.href}
              target="_blank"
              rel="noopener noreferrer"
              title={`${s.title} (nouvelle fenêtre)`}
            >
              {s.title}
            </a>
          </span>
        ))}
        .
      </p>
    </>
  );
}
