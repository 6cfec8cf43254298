// The few parts of npm `oidc-provider` (v9, plain JavaScript, no types shipped) that the local
// ProConnect of tests/security/proconnect.test.ts uses.
declare module "oidc-provider" {
  import type { IncomingMessage as Request, ServerResponse as Response } from "node:http";

  export interface Interaction {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, unknown> & { client_id: string; scope?: string; claims?: string };
    grantId?: string;
  }

  export interface Grant {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<Record<string, unknown>>;
  }

  export interface InteractionResult {
    login?: { accountId: string; acr?: string; amr?: string[]; remember?: boolean };
    consent?: { grantId: string };
    error?: string;
    error_description?: string;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: Request, res: Response) => void;
    interactionDetails(req: Request, res: Response): Promise<Interaction>;
    interactionFinished(
      req: Request,
      res: Response,
      result: InteractionResult,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
    Grant: {
      new (properties: { accountId: string; clientId: string }): Grant;
      find(id: string): Promise<Grant | undefined>;
    };
  }
}
