import { Badge, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  focusRing: 'auto',
  components: {
    // A badge beside a long title kept shrinking until its state read "CHẬM TIẾ…": badges keep their width; the text beside them wraps.
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, maxWidth: '100%' } } }),
  },
});
