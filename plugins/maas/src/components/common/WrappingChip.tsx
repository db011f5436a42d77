import { Chip, ChipProps } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  root: {
    height: 'auto',
    maxWidth: '100%',
    margin: theme.spacing(0, 0.5, 0.5, 0),
  },
  label: {
    // Material UI's chips keep to one line and cut what does not fit; these wrap instead.
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    paddingTop: 2,
    paddingBottom: 2,
  },
}));

/** A small chip whose label wraps onto further lines instead of being cut at its edge. */
export function WrappingChip(props: Omit<ChipProps, 'size' | 'classes'>) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      classes={{ root: classes.root, label: classes.label }}
      {...props}
    />
  );
}
