// TypeDoc plugin: exempts generated data from the "every export is documented" check and prints
// the documentation coverage of what is left.
//
// Two kinds of members are data, not API: the rows inside `as const` tables (operations,
// RETURN_CODES, CURRENCIES, TRANSACTION_REPORT_FORMATS: the table itself is documented, its
// rows repeat one shape) and the structural members openapi-typescript writes into
// wire-types.ts (`parameters`, `responses`, `content`…; its field docs come from the spec).
// Everything else exported must carry its own comment, or validation fails the build.
import ts from 'typescript';
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  const tables = new Set();

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Variable)) return;
    let symbol = context.getSymbolFromReflection(reflection);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = context.checker.getAliasedSymbol(symbol);
    const decl = symbol?.valueDeclaration;
    let init = decl && ts.isVariableDeclaration(decl) ? decl.initializer : undefined;
    if (init && ts.isSatisfiesExpression(init)) init = init.expression;
    if (init && ts.isAsExpression(init) && init.type.getText() === 'const') tables.add(reflection);
  });

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    const kinds = app.options.getValue('requiredToBeDocumented').reduce((all, k) => all | ReflectionKind[k], 0);
    const exempt = [];
    let total = 0;
    let documented = 0;
    for (const ref of project.getReflectionsByKind(kinds)) {
      if (insideParameter(ref)) continue;
      const id = project.getSymbolIdFromReflection(ref);
      // Members inherited from outside the package (Error's message, stack, cause) are not ours to document.
      if (id && id.packageName !== project.packageName) continue;
      const file = id?.fileName ?? '';
      const isData = file.endsWith('/wire-types.ts') || insideTable(ref, tables);
      const hasDoc = ref.hasComment() || ref.getNonIndexSignatures?.().some((s) => s.hasComment());
      if (isData && !hasDoc) {
        exempt.push(ref.getFriendlyFullName());
        continue;
      }
      total++;
      if (hasDoc) documented++;
    }
    const names = new Set([...app.options.getValue('intentionallyNotDocumented'), ...exempt]);
    app.options.setValue('intentionallyNotDocumented', [...names]);
    app.logger.info(
      `API coverage: ${documented} of ${total} exported symbols documented; ${exempt.length} data members exempt (table rows, wire types)`,
    );
  });
}

function insideTable(ref, tables) {
  for (let r = ref.parent; r; r = r.parent) if (tables.has(r)) return true;
  return false;
}

function insideParameter(ref) {
  for (let r = ref.parent; r; r = r.parent) if (r.kindOf(ReflectionKind.Parameter)) return true;
  return false;
}
