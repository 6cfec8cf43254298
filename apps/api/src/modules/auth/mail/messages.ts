import type { MailMessage } from "./transport.ts";

// The texts Zéro sends by mail, in French. They name no one but the addressee.

export function passwordResetMessage(to: string, link: string, validMinutes: number): MailMessage {
  return {
    to,
    subject: "Zéro : réinitialiser votre mot de passe",
    text: [
      "Bonjour,",
      "",
      "Une demande de réinitialisation du mot de passe de votre compte Zéro a été faite.",
      `Pour choisir un nouveau mot de passe, ouvrez ce lien dans les ${validMinutes} minutes :`,
      "",
      link,
      "",
      "Le lien ne sert qu'une fois. En l'utilisant, toutes vos sessions ouvertes seront fermées.",
      "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.",
      "",
      "— Zéro (message automatique, ne répondez pas)",
    ].join("\n"),
  };
}

export function membershipAddedMessage(to: string, organisationName: string, link: string): MailMessage {
  return {
    to,
    subject: `Zéro : vous avez été ajouté·e à ${organisationName}`,
    text: [
      "Bonjour,",
      "",
      `Un·e administrateur·rice de l'organisation « ${organisationName} » vous a ajouté·e`,
      "à ses membres dans Zéro.",
      "Vous gardez votre compte et votre mot de passe actuels : connectez-vous comme d'habitude.",
      "",
      link,
      "",
      "Si vous ne connaissez pas cette organisation, signalez-le à la coordination de votre SIAO.",
      "",
      "— Zéro (message automatique, ne répondez pas)",
    ].join("\n"),
  };
}
