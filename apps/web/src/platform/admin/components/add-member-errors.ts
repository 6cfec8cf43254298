import { ApiError } from "../../../data/client.ts";
import { messageOf } from "../../../data/error-message.ts";
import { fieldErrorsFromDetails, type FieldErrors } from "./validation-details.ts";

export const MEMBER_FIELDS = ["displayName", "email", "role", "password", "purpose"] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];
export type MemberValues = Record<MemberField, string>;

export const EMPTY_MEMBER: MemberValues = { displayName: "", email: "", role: "", password: "", purpose: "" };

const CUSTOM_MESSAGES = {
  email: { format: "Saisissez une adresse électronique valide, par exemple nom@domaine.fr." },
  role: { enum: "Choisissez un rôle." },
};

/**
 * What the form shows when the API refuses a new member: messages under the fields
 * (VALIDATION_FAILED details, EMAIL_TAKEN), else one general French message.
 */
export function addMemberErrors(error: unknown): { fields: FieldErrors<MemberField>; general: string | null } {
  if (error instanceof ApiError && error.code === "VALIDATION_FAILED") {
    const fields = fieldErrorsFromDetails(error.details, MEMBER_FIELDS, CUSTOM_MESSAGES);
    return Object.keys(fields).length > 0 ? { fields, general: null } : { fields, general: error.message };
  }
  if (error instanceof ApiError && error.code === "EMAIL_TAKEN") return { fields: { email: error.message }, general: null };
  return { fields: {}, general: messageOf(error) };
}
