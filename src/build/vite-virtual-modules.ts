/**
 * The one Vite plugin of the build wing: a map of virtual modules (id → the code it loads, computed
 * when Vite first asks), and the plugin hooks the helpers contribute. Starlight's shape
 * (`integrations/vite-virtual-modules.ts`): one `resolveId`, one `load`, types in `virtual.d.ts`.
 */
import type { Connect, Plugin } from 'vite';

/** Virtual module id → its code, as a string or a promise of one. */
export type VirtualModules = Record<string, () => string | Promise<string>>;

/** What a helper adds to the plugin besides modules. */
export interface PluginParts {
  modules?: VirtualModules;
  /** Connect-style handlers for `astro dev` (files the build writes itself, served from memory). */
  middleware?: Connect.NextHandleFunction[];
  /** Runs once Vite has written the bundle (`astro build`). */
  writeBundle?: () => Promise<void> | void;
}

/** The plugin that serves every helper's modules and runs their hooks. */
export function vitePluginCybercbm(parts: readonly PluginParts[]): Plugin {
  const modules: VirtualModules = Object.assign({}, ...parts.map((p) => p.modules ?? {}));
  const resolved = new Map(Object.keys(modules).map((id) => [`\0${id}`, id]));
  return {
    name: 'vite-plugin-cybercbm',
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load: (id) => {
      const module = resolved.get(id);
      return module === undefined ? undefined : modules[module]!();
    },
    async writeBundle() {
      for (const part of parts) await part.writeBundle?.();
    },
    configureServer(server) {
      for (const part of parts) for (const handler of part.middleware ?? []) server.middlewares.use(handler);
    },
  };
}
