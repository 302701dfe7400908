import type { SourceFile } from './source-file.ts';
import type { SpecProblem } from './spec-error.ts';
import { MANAGED_FIELDS, type SpecField, type SpecFile } from './spec-types.ts';

type Path = (string | number)[];

/**
 * Rules JSON Schema cannot say: unique names, keys that only make sense together,
 * references that must resolve. Runs only on files that passed the schema.
 */
export function checkSemantics(file: SourceFile, spec: SpecFile): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const report = (path: Path, message: string) => problems.push(file.problem(path, message));
  const errataIds = new Set<string>();
  const addErrata = (list: SpecFile['errata'], base: Path) =>
    list?.forEach((e, i) => {
      if (errataIds.has(e.id)) report([...base, i, 'id'], `duplicate erratum id "${e.id}"`);
      errataIds.add(e.id);
    });
  addErrata(spec.errata, ['errata']);
  spec.operations.forEach((op, i) => addErrata(op.errata, ['operations', i, 'errata']));

  const opIds = new Set<string>();
  /** A write call's lookup names a read call of this file that can be sent with the fields it lists and sets. */
  const checkLookup = (op: (typeof spec.operations)[number], at: Path): void => {
    const lookup = op.lookup!;
    const lAt: Path = [...at, 'lookup'];
    if (op.effect !== 'write') return void report(lAt, `lookup belongs to a write call; "${op.id}" is not one`);
    const query = spec.operations.find((o) => o.id === lookup.operation);
    if (!query) return void report([...lAt, 'operation'], `lookup names "${lookup.operation}", which is not an operation of ${spec.product}`);
    if (query.effect !== 'read') return void report([...lAt, 'operation'], `lookup names "${query.id}", which is not a read call (effect: read)`);
    if (!query.notFoundCodes) report([...lAt, 'operation'], `lookup names "${query.id}", which has no notFoundCodes: nothing would tell "no such record" from a failure`);
    const own = new Set(op.request.map((f) => f.name));
    const theirs = new Set(query.request.map((f) => f.name));
    lookup.fields.forEach((name, fi) => {
      if (!own.has(name)) report([...lAt, 'fields', fi], `"${name}" is not a request field of ${op.id}`);
      else if (!theirs.has(name)) report([...lAt, 'fields', fi], `"${name}" is not a request field of ${query.id}`);
    });
    for (const name of Object.keys(lookup.set ?? {})) if (!theirs.has(name)) report([...lAt, 'set'], `"${name}" is not a request field of ${query.id}`);
    const given = new Set([...lookup.fields, ...Object.keys(lookup.set ?? {})]);
    for (const f of query.request)
      if (f.presence === 'required' && !MANAGED_FIELDS.has(f.name) && !given.has(f.name))
        report([...lAt, 'fields'], `${query.id} requires "${f.name}", which the lookup neither copies nor sets`);
  };
  spec.operations.forEach((op, i) => {
    const at: Path = ['operations', i];
    if (opIds.has(op.id)) report([...at, 'id'], `duplicate operation id "${op.id}"`);
    opIds.add(op.id);
    const [product] = op.id.split('.');
    if (product !== spec.product)
      report([...at, 'id'], `operation id "${op.id}" must start with the file's product "${spec.product}."`);

    checkFields(op.request, [...at, 'request']);
    checkFields(op.response ?? [], [...at, 'response']);
    const responseNames = new Set((op.response ?? []).map((f) => f.name));
    const groupNames = new Set((op.responseGroups ?? []).flatMap((g) => g.fields.map((f) => f.name)));
    op.responseGroups?.forEach((g, gi) => {
      const gAt: Path = [...at, 'responseGroups', gi];
      checkFields(g.fields, [...gAt, 'fields']);
      if (!responseNames.has(g.when.field) && !groupNames.has(g.when.field))
        report([...gAt, 'when', 'field'], `group condition names "${g.when.field}", which is not a response field`);
      for (const f of g.fields)
        if (responseNames.has(f.name)) report([...gAt, 'fields'], `field "${f.name}" is already in response`);
    });

    const requestNames = new Set(op.request.map((f) => f.name));
    op.request.forEach((f, fi) => {
      if (f.echo) report([...at, 'request', fi, 'echo'], `echo marks a response field that repeats a request field; "${f.name}" is a request field`);
    });
    const echoes: [SpecField, Path][] = [
      ...(op.response ?? []).map((f, fi): [SpecField, Path] => [f, [...at, 'response', fi, 'echo']]),
      ...(op.responseGroups ?? []).flatMap((g, gi) => g.fields.map((f, fi): [SpecField, Path] => [f, [...at, 'responseGroups', gi, 'fields', fi, 'echo']])),
    ];
    for (const [f, fAt] of echoes)
      if (f.echo && !requestNames.has(f.name))
        report(fAt, `field "${f.name}" is marked echo, but the request has no "${f.name}" to compare it with`);

    // Whether a call may be retried is a fact about LianLian's side, so every API call states it; nothing else has one.
    if (op.kind === 'api' && op.effect === undefined)
      report(at, `API call "${op.id}" needs effect: read (a query, retried on network errors, 429 and 5xx) or write (moves money or changes state, never retried)`);
    if (op.kind !== 'api' && op.effect !== undefined) report([...at, 'effect'], `effect applies to API calls only; "${op.id}" is a ${op.kind}`);
    if (op.notFoundCodes && op.effect !== 'read') report([...at, 'notFoundCodes'], `notFoundCodes belong to a read call (a query); "${op.id}" is not one`);
    if (op.lookup) checkLookup(op, at);

    if (op.encoding === 'res-data' && op.kind !== 'notification')
      report([...at, 'encoding'], `encoding res-data is how LianLian posts a synchronous notification; "${op.id}" is ${op.kind === 'api' ? 'an' : 'a'} ${op.kind}`);

    const signType = op.request.find((f) => f.name === 'sign_type');
    if (!signType) report([...at, 'request'], 'request has no sign_type field; every LianLian request is signed');
    if (op.apiVersion !== undefined) {
      const fi = op.request.findIndex((f) => f.name === 'api_version');
      const field = op.request[fi];
      if (!field) report([...at, 'apiVersion'], 'apiVersion is set but request has no api_version field');
      else if (field.fixed !== op.apiVersion)
        report([...at, 'request', fi, 'fixed'], `api_version.fixed must equal the operation's apiVersion "${op.apiVersion}"`);
    }
  });
  return problems;

  function checkFields(fields: SpecField[], at: Path): void {
    const names = new Map<string, number>();
    fields.forEach((f, i) => {
      const fAt: Path = [...at, i];
      const first = names.get(f.name);
      if (first !== undefined)
        report([...fAt, 'name'], `duplicate field "${f.name}" (first defined at ${describeIndex(at, first)})`);
      else names.set(f.name, i);
      if (f.presence === 'conditional' && !f.condition)
        report(fAt, `field "${f.name}" is conditional but has no "condition" saying when it is needed`);
      if (f.presence !== 'conditional' && f.condition)
        report([...fAt, 'condition'], `field "${f.name}" has a condition but presence is "${f.presence}"; use presence: conditional`);
      if (f.maxLength !== undefined && f.type !== 'string')
        report([...fAt, 'maxLength'], `maxLength applies to strings; field "${f.name}" is ${f.type}`);
      if ((f.type === 'list' || f.type === 'object') && !f.items?.length)
        report(fAt, `field "${f.name}" is a ${f.type} and needs "items" describing its members`);
      if (f.items && f.type !== 'list' && f.type !== 'object')
        report([...fAt, 'items'], `"items" only applies to list or object fields; "${f.name}" is ${f.type}`);
      if (f.fixed !== undefined && f.enum) report([...fAt, 'fixed'], `field "${f.name}" has both fixed and enum; keep one`);
      if (f.enum) {
        const seen = new Set<string>();
        f.enum.forEach((e, ei) => {
          if (seen.has(e.value)) report([...fAt, 'enum', ei, 'value'], `duplicate enum value "${e.value}"`);
          seen.add(e.value);
        });
      }
      if (f.erratum !== undefined && !errataIds.has(f.erratum))
        report([...fAt, 'erratum'], `erratum "${f.erratum}" is not defined in this file's errata`);
      if (f.items) checkFields(f.items, [...fAt, 'items']);
    });
  }
}

function describeIndex(at: Path, i: number): string {
  return `${at.filter((s) => typeof s === 'string').slice(-1)[0] ?? 'fields'}[${i}]`;
}
