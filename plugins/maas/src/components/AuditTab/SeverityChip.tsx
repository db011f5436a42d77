import { Severity } from '@maas/plugin-maas-common';
import { Chip } from '@material-ui/core';
import { getContrastRatio, useTheme } from '@material-ui/core/styles';

/** Black or white, whichever reads better on `background` (at least 4.5:1 on any colour). */
function textOn(background: string): string {
  return getContrastRatio(background, '#000') >=
    getContrastRatio(background, '#fff')
    ? '#000'
    : '#fff';
}

/** A finding's severity as a chip in the theme's error, warning or info colour. */
export function SeverityChip({ severity }: { severity: Severity }) {
  const { palette } = useTheme();
  const background = {
    high: palette.error.main,
    medium: palette.warning.main,
    low: palette.info.main,
  }[severity];
  return (
    <Chip
      size="small"
      label={severity}
      style={{ backgroundColor: background, color: textOn(background) }}
    />
  );
}
