/**
 * What the extension may ask for, written once so the checks of the source
 * config and of the built manifests agree. Widening any of these is a
 * security decision: change it here, in SECURITY.md, and say why.
 */

/** API permissions and the code that justifies each one. */
export const ALLOWED_PERMISSIONS: Record<string, RegExp> = {
  storage: /\bbrowser\s*\.\s*storage\b/,
  contextMenus: /\bbrowser\s*\.\s*(contextMenus|menus)\b/,
  scripting: /\bbrowser\s*\.\s*scripting\b/,
};

/** The only hosts the extension may reach without asking: the TMDB API and its images. */
export const ALLOWED_HOSTS = ['https://api.themoviedb.org/*', 'https://image.tmdb.org/*'];

/** "All sites" is opt-in from the options page, so it may only be optional. */
export const OPTIONAL_ALL_SITES = ['*://*/*', '<all_urls>', 'http://*/*', 'https://*/*'];

/** Manifest keys that would widen what pages or other extensions can do to us. */
export const FORBIDDEN_KEYS = ['externally_connectable', 'content_security_policy'];

export type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: unknown[];
};

/** A match pattern is a host permission when it names a scheme or is `<all_urls>`. */
export function isHostPattern(permission: string): boolean {
  return permission === '<all_urls>' || /^(\*|https?|wss?|file|ftp):\/\//.test(permission);
}

/** Splits MV2's mixed `permissions` list into API permissions and host patterns. */
export function splitPermissions(list: string[] = []): { apis: string[]; hosts: string[] } {
  return {
    apis: list.filter((p) => !isHostPattern(p)),
    hosts: list.filter(isHostPattern),
  };
}

/** Every resource path a page may load from the extension, across MV2 and MV3 shapes. */
export function webAccessiblePaths(manifest: Manifest): string[] {
  return (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : ((entry as { resources?: string[] }).resources ?? []),
  );
}
