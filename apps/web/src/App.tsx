import { Fragment } from "react";
import { Route, Routes } from "react-router";
import { Layout } from "./components/layout.tsx";
import { WEB_MODULES } from "./modules/index.ts";
import { SessionProvider } from "./platform/auth/session-context.tsx";
import { PLATFORM } from "./platform/index.ts";

/** Every page inside the layout: the platform's routes, then each module's (modules/index.ts). */
export function App() {
  return (
    <SessionProvider>
      <Routes>
        <Route element={<Layout />}>
          {[...PLATFORM, ...WEB_MODULES].map((part) => (
            <Fragment key={part.id}>{part.routes}</Fragment>
          ))}
        </Route>
      </Routes>
    </SessionProvider>
  );
}
