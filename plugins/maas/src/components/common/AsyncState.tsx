import { ReactNode } from 'react';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';

/** Loading, error and empty states, the same way in every tab. */
export function AsyncState<T>(props: {
  loading: boolean;
  error?: Error;
  value?: T;
  isEmpty?: (value: T) => boolean;
  emptyTitle?: string;
  emptyDescription?: string;
  children: (value: T) => ReactNode;
}) {
  const { loading, error, value, isEmpty, children } = props;
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (value === undefined) return null;
  if (isEmpty?.(value)) {
    return (
      <EmptyState
        missing="data"
        title={props.emptyTitle ?? 'Nothing here yet'}
        description={props.emptyDescription}
      />
    );
  }
  return <>{children(value)}</>;
}
