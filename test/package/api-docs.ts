/**
 * Which exports of the public API (src/jose/index.ts) lack a doc comment or an @example: read with
 * the TypeScript compiler itself, so a re-export is followed to the declaration people will see.
 */
import ts from 'typescript';

export interface ExportDoc {
  name: string;
  kind: 'value' | 'type';
  documented: boolean;
  example: boolean;
}

export function publicExports(indexPath: string): ExportDoc[] {
  const program = ts.createProgram([indexPath], { allowImportingTsExtensions: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(indexPath);
  if (!source) throw new Error(`cannot read ${indexPath}`);
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const docs = symbol.getDocumentationComment(checker);
    const tags = symbol.getJsDocTags(checker);
    const value = (symbol.flags & ts.SymbolFlags.Value) !== 0;
    return { name: exported.name, kind: value ? 'value' : 'type', documented: docs.length > 0 || tags.length > 0, example: tags.some((t) => t.name === 'example') };
  });
}
