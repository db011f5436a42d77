import {
  Link,
  sidebarConfig,
  useSidebarOpenState,
} from '@backstage/core-components';
import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  root: {
    height: 3 * sidebarConfig.logoHeight,
    display: 'flex',
    alignItems: 'center',
    paddingLeft: theme.spacing(3),
  },
  mark: {
    color: theme.palette.common.white,
    fontWeight: 700,
    fontSize: 22,
    letterSpacing: 0.5,
    whiteSpace: 'nowrap',
  },
}));

/** The product's word mark: "MaaS" when the sidebar is closed, the full name when open. */
export const SidebarLogo = () => {
  const classes = useStyles();
  const { isOpen } = useSidebarOpenState();
  return (
    <div className={classes.root}>
      {/* The accessible name starts with the visible word mark, as screen-reader users hear it. */}
      <Link to="/" underline="none" aria-label="MaaS home">
        <span className={classes.mark}>{isOpen ? 'MaaS' : 'M'}</span>
      </Link>
    </div>
  );
};
