import {
  defaultReversibilitySettings,
  ReversibilitySettings,
  scoreTool,
  scoreVendor,
  ToolReversibility,
  VendorEntity,
  VendorReversibility,
} from '@maas/plugin-maas-common';
import { Platform, refOf } from './platform';

function title(entity: { metadata: { title?: string; name: string } }): string {
  return entity.metadata.title ?? entity.metadata.name;
}

/**
 * Results computed once per platform and settings: a platform is built once per version of the
 * projection and shared by every view and request, so the scores several views need are
 * computed once. Callers get a copy of the list; its items are never changed.
 */
function once<T>(
  cache: WeakMap<Platform, WeakMap<ReversibilitySettings, T[]>>,
  platform: Platform,
  settings: ReversibilitySettings,
  compute: () => T[],
): T[] {
  let bySettings = cache.get(platform);
  if (!bySettings) cache.set(platform, (bySettings = new WeakMap()));
  let result = bySettings.get(settings);
  if (!result) bySettings.set(settings, (result = compute()));
  return [...result];
}

const toolScores = new WeakMap<
  Platform,
  WeakMap<ReversibilitySettings, ToolReversibility[]>
>();
const vendorScores = new WeakMap<
  Platform,
  WeakMap<ReversibilitySettings, VendorReversibility[]>
>();

/** Every tool's score, retired ones included (their dependents show what still hangs on them). */
export function toolReversibility(
  platform: Platform,
  settings: ReversibilitySettings = defaultReversibilitySettings,
): ToolReversibility[] {
  return once(toolScores, platform, settings, () =>
    computeToolReversibility(platform, settings),
  );
}

/** Every vendor's score, from its tools in use (not retired), sorted from least to most reversible. */
export function vendorReversibility(
  platform: Platform,
  settings: ReversibilitySettings = defaultReversibilitySettings,
): VendorReversibility[] {
  return once(vendorScores, platform, settings, () =>
    computeVendorReversibility(platform, settings),
  );
}

function computeToolReversibility(
  platform: Platform,
  settings: ReversibilitySettings,
): ToolReversibility[] {
  return platform.tools.map(tool => {
    const ref = refOf(tool);
    const vendorKey = platform.vendorRefOf(tool);
    const vendor = vendorKey
      ? (platform.byRef.get(vendorKey) as VendorEntity | undefined)
      : undefined;
    const dependents = platform.dependentsOf(ref);
    return {
      ref,
      title: title(tool),
      lifecycle: tool.spec.lifecycle,
      ...(vendorKey ? { vendorRef: vendorKey } : {}),
      dependents,
      ...scoreTool(tool, vendor, dependents.length, settings),
    };
  });
}

function computeVendorReversibility(
  platform: Platform,
  settings: ReversibilitySettings,
): VendorReversibility[] {
  const scores = new Map(
    toolReversibility(platform, settings).map(t => [t.ref, t]),
  );
  return platform.vendors
    .map(vendor => {
      const ref = refOf(vendor);
      const inUse = platform
        .toolsOf(ref)
        .filter(t => t.spec.lifecycle !== 'retired');
      const ownTools = new Set(inUse.map(refOf));
      const dependents = [
        ...new Set(inUse.flatMap(t => platform.dependentsOf(refOf(t)))),
      ]
        .filter(d => !ownTools.has(d))
        .sort();
      return {
        ref,
        title: title(vendor),
        dependents,
        tools: platform.toolsOf(ref).map(t => scores.get(refOf(t))!),
        ...scoreVendor(
          vendor,
          inUse.map(tool => ({ ref: refOf(tool), tool })),
          dependents.length,
          settings,
        ),
      };
    })
    .sort((a, b) => a.score - b.score || a.ref.localeCompare(b.ref));
}
