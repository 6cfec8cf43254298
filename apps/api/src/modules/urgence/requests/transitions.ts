import type { RequestStatus } from "@zero/db";

/**
 * The request status machine: open → proposed → accepted | refused → arrived → ended.
 * A refused request can be proposed again (matching) or reopened; a proposal can be
 * withdrawn (back to open); a request can end from any state but ended, with a destination.
 */
export const TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  open: ["proposed", "ended"],
  proposed: ["accepted", "refused", "open", "proposed", "ended"],
  accepted: ["arrived", "refused", "ended"],
  refused: ["open", "proposed", "ended"],
  arrived: ["ended"],
  ended: [],
};

export function canMove(from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Destinations that also change the person's list status. */
export const DESTINATION_STATUS: Record<string, "housed" | "in_institution" | undefined> = {
  housing: "housed",
  institution: "in_institution",
};
