// The build bundles .txt files as strings (esbuild's `text` loader), so the page needs no fetch.
declare module '*.txt' {
  const text: string;
  export default text;
}
