// A component reads its namespace with `const t = useMessages(tokenMessages)` and re-renders when the language changes.
export { useStore as useMessages } from '@nanostores/react';
