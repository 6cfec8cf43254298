import "@codegouvfr/react-dsfr/main.css";
import "./styles.css";
import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import dsfrFaviconUrl from "@codegouvfr/react-dsfr/favicon/favicon.svg?url";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Link } from "react-router";
import { App } from "./App.tsx";
import { theme } from "./theme.ts";

declare module "@codegouvfr/react-dsfr/spa" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

startReactDsfr({ defaultColorScheme: "system", Link });

document.documentElement.dataset["zeroTheme"] = theme;
if (theme === "dsfr") {
  // The Marianne favicon belongs to the State look only; public/favicon.svg is neutral.
  document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.setAttribute("href", dsfrFaviconUrl);
}

const container = document.getElementById("root");
if (container === null) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
