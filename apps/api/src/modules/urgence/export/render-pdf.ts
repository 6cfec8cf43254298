import type { PersonExport } from "@zero/schemas";
import * as L from "./labels.ts";
import { PdfLayout } from "./pdf-layout.ts";
import { hasUnwritable } from "./winansi.ts";

// The export as a PDF for the person: the same content as the JSON, in French words.

const list = (values: string[], label: (v: string) => string = (v) => v) => (values.length ? values.map(label).join(", ") : "—");
const or = (value: string | number | null | undefined) => (value === null || value === undefined || value === "" ? "—" : String(value));
/** An organisation's name; none is a system action (the inactivity rule, the retention purge). */
const orgName = (o: { name: string | null } | null) => (o ? (o.name ?? "organisation supprimée") : "traitement automatique de Zéro");
const NAME_FIELDS: Record<string, string> = { alias: "alias", firstName: "prénom", lastName: "nom" };

function detailText(detail: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof detail.reason === "string" && detail.reason) parts.push(`motif : ${detail.reason}`);
  if (typeof detail.by === "string") parts.push(`par ${L.decidedByLabel(detail.by)}`);
  if (typeof detail.destination === "string") parts.push(`destination : ${L.destinationLabel(detail.destination)}`);
  return parts.join(" ; ");
}

function changesText(kind: string, changes: Record<string, unknown>): string {
  if (kind === "rename") {
    return ["alias", "firstName", "lastName"]
      .filter((k) => changes[k] !== undefined)
      .map((k) => `${NAME_FIELDS[k]} : ${or(changes[k] as string | null)}`)
      .join(", ");
  }
  if (kind === "consent" && Array.isArray(changes.purposes)) {
    return `finalités : ${list(changes.purposes as string[], L.consentPurposeLabel)}`;
  }
  return "";
}

export function renderExportPdf(e: PersonExport): Buffer {
  const r = e.record;
  const doc = new PdfLayout();
  doc.title("Vos données dans Zéro — Urgence sociale");
  doc.paragraph("Communication de vos données au titre du droit d'accès (RGPD, article 15).", { size: 10 });
  if (hasUnwritable(JSON.stringify(e))) {
    doc.paragraph(
      "Certains caractères (d'une autre écriture que l'alphabet latin) ne peuvent pas être écrits dans ce " +
        "document et y sont remplacés par « ? » : l'export au format JSON les contient tous.",
      { size: 9, bold: true },
    );
  }
  doc.table(
    [
      { label: "", share: 0.3 },
      { label: "", share: 0.7 },
    ],
    [
      ["Fiche n°", r.id],
      ["Document établi le", L.dateTime(e.generatedAt)],
      ["Par", `${orgName(e.requestedBy.organisation)} (${L.accessLabel(e.requestedBy.access)})`],
      ["Motif de l'export", e.requestedBy.purpose],
    ],
  );

  doc.heading("1. Votre fiche");
  const name = [r.firstName, r.lastName].filter(Boolean).join(" ");
  doc.table(
    [
      { label: "", share: 0.3 },
      { label: "", share: 0.7 },
    ],
    [
      ["Nom", or(name)],
      ["Alias", or(r.alias)],
      ["Année de naissance", or(r.birthYear)],
      ["Genre", L.genderLabel(r.gender)],
      ["Langues", list(r.languages, L.languageLabel)],
      ["Foyer", `${r.householdAdults} adulte(s), ${r.householdChildren} enfant(s)`],
      ["Besoins pour l'orientation", list(r.needs, L.needLabel)],
      ["Statut sur la liste", `${L.listStatusLabel(r.listStatus)} depuis le ${L.dateTime(r.statusChangedAt)}`],
      ["Premier contact", L.dateTime(r.firstContactAt)],
      ["Dernier contact", L.dateTime(r.lastContactAt)],
      ["Inscrite par", orgName(r.organisation)],
      ["Fiche créée le", L.dateTime(r.createdAt)],
      ["Dernière modification", L.dateTime(r.updatedAt)],
      ...(r.mergedIntoId ? [["Fusionnée dans la fiche", r.mergedIntoId]] : []),
    ],
  );

  doc.heading("2. Historique du statut");
  doc.table(
    [
      { label: "Date", share: 0.22 },
      { label: "Changement", share: 0.38 },
      { label: "Raison", share: 0.4 },
    ],
    e.statusHistory.map((s) => [
      L.dateTime(s.at),
      s.from ? `${L.listStatusLabel(s.from)} → ${L.listStatusLabel(s.to)}` : `inscription (${L.listStatusLabel(s.to)})`,
      L.statusReasonLabel(s.reason),
    ]),
  );

  doc.heading("3. Consentements");
  if (!e.consents.length) doc.paragraph("Aucun consentement enregistré.");
  doc.table(
    [
      { label: "Donné le", share: 0.18 },
      { label: "Finalités", share: 0.25 },
      { label: "Partagé avec", share: 0.3 },
      { label: "Recueilli par", share: 0.15 },
      { label: "Retiré le", share: 0.12 },
    ],
    e.consents.map((c) => [
      L.dateTime(c.givenAt),
      list(c.purposes, L.consentPurposeLabel),
      c.audiences.length
        ? c.audiences.map((a) => (a.type === "network" ? `réseau du ${a.name ?? a.id}` : (a.name ?? a.id))).join(", ")
        : "personne d'autre",
      orgName(c.recordedBy),
      c.withdrawnAt ? L.dateTime(c.withdrawnAt) : "actif",
    ]),
  );

  doc.heading("4. Rencontres");
  if (!e.encounters.length) doc.paragraph("Aucune rencontre enregistrée.");
  doc.table(
    [
      { label: "Date", share: 0.17 },
      { label: "Équipe", share: 0.2 },
      { label: "Lieu et situation", share: 0.28 },
      { label: "Besoins, services, notes", share: 0.35 },
    ],
    e.encounters.map((x) => [
      `${L.dateTime(x.occurredAt)}\n${L.channelLabel(x.channel)}`,
      orgName(x.organisation),
      [x.address, x.sector ? `secteur ${x.sector}` : null, L.livingSituationLabel(x.livingSituation)].filter(Boolean).join("\n"),
      [
        `besoins : ${list(x.needsExpressed, L.encounterCodeLabel)}`,
        `services : ${list(x.servicesGiven, L.encounterCodeLabel)}`,
        ...(x.notes ? [`notes : ${x.notes}`] : []),
      ].join("\n"),
    ]),
  );

  doc.heading("5. Demandes d'hébergement et orientations");
  if (!e.requests.length) doc.paragraph("Aucune demande enregistrée.");
  for (const q of e.requests) {
    doc.paragraph(
      `Demande du ${L.dateTime(q.openedAt)} — ${L.requestKindLabel(q.kind)}, ` +
        `${q.adults} adulte(s), ${q.children} enfant(s) — ${L.requestStatusLabel(q.status)}`,
      { size: 10, bold: true },
    );
    const facts = [
      `Ouverte par : ${orgName(q.organisation)}`,
      `Besoins : ${list(q.needs, L.needLabel)}`,
      ...(q.proposedStructure ? [`Place proposée : ${orgName(q.proposedStructure)} pour le ${L.day(q.proposedForDate)}`] : []),
      ...(q.proposalReason ? [`Raison de la proposition : ${q.proposalReason}`] : []),
      ...(q.decisionReason ? [`Décision (${L.decidedByLabel(q.decidedBy)}) : ${q.decisionReason}`] : []),
      ...(q.endDestination ? [`Destination à la fin : ${L.destinationLabel(q.endDestination)}`] : []),
    ];
    doc.paragraph(facts.join("\n"), { size: 9 }, 10);
    doc.table(
      [
        { label: "Date", share: 0.2 },
        { label: "Étape", share: 0.3 },
        { label: "Par", share: 0.2 },
        { label: "Détail", share: 0.3 },
      ],
      q.events.map((ev) => [L.dateTime(ev.at), L.requestEventLabel(ev.type), orgName(ev.organisation), detailText(ev.detail)]),
    );
  }

  doc.heading("6. Nuits sans solution");
  if (!e.unmetNights.length) doc.paragraph("Aucune nuit sans solution enregistrée.");
  doc.table(
    [
      { label: "Nuit du", share: 0.25 },
      { label: "Raison donnée ce soir-là", share: 0.75 },
    ],
    e.unmetNights.map((u) => [L.day(u.night), u.reason]),
  );

  doc.heading("7. Modifications proposées de votre fiche");
  if (!e.proposals.length) doc.paragraph("Aucune modification proposée.");
  doc.table(
    [
      { label: "Date", share: 0.17 },
      { label: "Proposée par", share: 0.2 },
      { label: "Modification", share: 0.33 },
      { label: "Décision", share: 0.3 },
    ],
    e.proposals.map((p) => [
      L.dateTime(p.proposedAt),
      orgName(p.proposedBy),
      [L.proposalKindLabel(p.kind), changesText(p.kind, p.changes), `motif : ${p.reason}`].filter(Boolean).join("\n"),
      [L.proposalStatusLabel(p.status), p.decidedAt ? L.dateTime(p.decidedAt) : null, p.decisionReason].filter(Boolean).join("\n"),
    ]),
  );

  doc.heading("8. Autres fiches à votre nom, fusionnées avec celle-ci");
  doc.paragraph(
    e.mergedRecords.length
      ? "Ces fiches ont été reconnues comme des doublons ; leurs informations figurent dans ce document."
      : "Aucune autre fiche n'est fusionnée avec celle-ci.",
  );
  if (e.requestedBy.access === "owner") {
    doc.paragraph(
      "Une fiche fusionnée tenue par une autre organisation n'y figure que si l'organisation qui établit ce " +
        "document peut la consulter ; la coordination du SIAO peut exporter toutes les fiches du réseau.",
      { size: 9 },
    );
  }
  doc.table(
    [
      { label: "Fiche n°", share: 0.45 },
      { label: "Tenue par", share: 0.55 },
    ],
    e.mergedRecords.map((m) => [m.id, orgName(m.organisation)]),
  );

  doc.heading("9. Qui a consulté ou modifié votre fiche");
  doc.paragraph(
    "Chaque consultation, modification ou export de votre fiche, de vos rencontres et de vos demandes est " +
      "enregistré avec l'organisation, la date et le motif. Les noms des agents ne sont pas communiqués.",
    { size: 9 },
  );
  doc.table(
    [
      { label: "Date", share: 0.17 },
      { label: "Organisation", share: 0.25 },
      { label: "Action", share: 0.25 },
      { label: "Motif", share: 0.33 },
    ],
    e.accessLog.map((a) => {
      const outcome = L.auditOutcomeLabel(a.outcome);
      const what = a.resource === "person" ? "" : ` (${L.auditResourceLabel(a.resource)})`;
      const refused = outcome && outcome !== "—" ? ` — ${outcome}` : "";
      const action = `${L.auditActionLabel(a.action, a.resource)}${what}${refused}`;
      return [L.dateTime(a.at), orgName(a.organisation), action, a.purpose];
    }),
  );

  const info = e.information;
  doc.heading("10. Vos droits et l'usage de vos données");
  doc.paragraph(info.controller);
  doc.subheading("Pourquoi ces données sont utilisées");
  for (const p of info.purposes) doc.bullet(p);
  doc.paragraph(`Base légale : ${info.legalBasis}`);
  doc.subheading("Qui les voit");
  doc.paragraph(info.recipients);
  doc.subheading("Combien de temps elles sont gardées");
  for (const p of info.retention) doc.bullet(p);
  doc.subheading("Vos droits");
  for (const p of info.rights) doc.bullet(p);
  doc.subheading("Réclamation");
  doc.paragraph(info.complaint);
  doc.subheading("Origine des données");
  doc.paragraph(info.source);

  return doc.finish(
    { title: `Export RGPD — fiche ${r.id}`, createdAt: new Date(e.generatedAt) },
    (page, pages) => `Zéro — export de la fiche ${r.id} — page ${page} / ${pages}`,
  );
}
