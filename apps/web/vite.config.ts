import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The API (apps/api) serves the built files from apps/web/dist with an SPA fallback;
// in development, Vite serves the pages and forwards /api to the API on port 3000.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": "http://localhost:3000",
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
});
