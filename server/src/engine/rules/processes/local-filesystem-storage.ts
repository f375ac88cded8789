import ts = require('typescript');
import type { Fix, ModuleBindings, Rule, ScriptContext } from '../../types';
import { expressionPath, findVariableInitializer, moduleOfExpression } from '../../analysis/calls';
import { fileWriteCall, isLogPath, isTemporaryPath } from '../../analysis/fileWrites';
import { findProperty, propertyValue, skipOuterExpressions } from '../../analysis/literals';
import { workspaceRelative } from '../../analysis/packageManifests';
import { RequestScopeTracker, type RequestScope } from '../../analysis/requestHandlers';
import { requiredModule } from '../../script/bindings';

/** Build and maintenance scripts write files by design; they are not request handling. */
const BUILD_SCRIPT_PATH = /(^|\/)(scripts|build|tools)\//;
const FORMIDABLE_FACTORIES = /^(formidable|IncomingForm|Formidable|default)$/;
const OBJECT_STORAGE_NOTE = 'object storage (S3, GCS, Azure Blob…)';

interface CandidateWrite {
  node: ts.CallExpression;
  destination: ts.Expression;
  what: string;
}


/** An options object passed inline or through a `const options = {…}` of this file. */
function optionsObject(argument: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  if (!argument) return undefined;
  const value = skipOuterExpressions(argument);
  if (ts.isObjectLiteralExpression(value)) return value;
  if (ts.isIdentifier(value)) {
    const initializer = findVariableInitializer(value);
    const object = initializer && skipOuterExpressions(initializer);
    if (object && ts.isObjectLiteralExpression(object)) return object;
  }
  return undefined;
}

function isPersistentLocalPath(path: ts.Expression, bindings: ModuleBindings): boolean {
  return !isTemporaryPath(path, bindings) && !isLogPath(path, bindings);
}

/**
 * Where multer's diskStorage puts files: the `destination` string, or the paths its
 * `destination(req, file, cb)` function hands to `cb(null, path)`. No destination means the
 * OS temp directory (multer's default), which is fine.
 */
function diskStorageIsPersistent(options: ts.ObjectLiteralExpression | undefined, bindings: ModuleBindings): boolean {
  const destination = options && propertyValue(options, 'destination');
  const method = options && findProperty(options, 'destination');
  let fn: ts.FunctionLikeDeclaration | undefined;
  const destinationValue = destination && skipOuterExpressions(destination);
  if (method && ts.isMethodDeclaration(method)) fn = method;
  else if (destinationValue && (ts.isArrowFunction(destinationValue) || ts.isFunctionExpression(destinationValue))) fn = destinationValue;
  if (!fn) return destination !== undefined && isPersistentLocalPath(destination, bindings);
  // destination(req, file, cb) { cb(null, 'uploads/') }
  const parameters = fn.parameters;
  const callbackParameter = parameters[2] && ts.isIdentifier(parameters[2].name) ? parameters[2].name.text : undefined;
  const isCallback = (name: string) => (callbackParameter ? name === callbackParameter : /^(cb|callback|done|next)$/.test(name));
  const paths: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.arguments.length >= 2) {
      const callee = skipOuterExpressions(node.expression);
      if (ts.isIdentifier(callee) && isCallback(callee.text)) paths.push(node.arguments[1]!);
    }
    ts.forEachChild(node, visit);
  };
  visit(fn);
  return paths.length === 0 || paths.some((path) => isPersistentLocalPath(path, bindings));
}

/** How to write `<multer>.memoryStorage()` in this file, if multer has a default/namespace name here. */
function memoryStorageText(callee: ts.Expression, bindings: ModuleBindings): string | undefined {
  const node = skipOuterExpressions(callee);
  if (ts.isPropertyAccessExpression(node)) return `${node.expression.getText()}.memoryStorage()`;
  if (requiredModule(node)) return `${node.getText()}.memoryStorage()`;
  const binding = ts.isIdentifier(node) ? bindings.get(node.text) : undefined;
  if (ts.isIdentifier(node) && (!binding || binding.imported === 'default' || binding.imported === '*')) return `${node.text}.memoryStorage()`;
  for (const [local, candidate] of bindings) if (candidate.module === 'multer' && (candidate.imported === 'default' || candidate.imported === '*')) return `${local}.memoryStorage()`;
  return undefined;
}

function memoryStorageFix(ctx: ScriptContext, replaced: ts.Node, newText: string): Fix {
  return {
    title: `Keep uploads in memory (multer.memoryStorage()) and store them in ${OBJECT_STORAGE_NOTE}`,
    isPreferred: true,
    // Handlers reading req.file.path must switch to req.file.buffer: review before applying.
    safe: false,
    changes: [{ path: ctx.file.path, edits: [{ range: ctx.rangeOf(replaced), newText }] }],
  };
}

/** `req.files.avatar.mv(…)` (express-fileupload), also through `const { avatar } = req.files` / `const file = req.files.x`. */
function isUploadedFileMove(call: ts.CallExpression): boolean {
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'mv' || call.arguments.length === 0) return false;
  const receiver = skipOuterExpressions(callee.expression);
  const comesFromFiles = (expression: ts.Expression): boolean => (expressionPath(expression) ?? []).includes('files');
  if (comesFromFiles(receiver)) return true;
  if (ts.isIdentifier(receiver)) {
    const initializer = findVariableInitializer(receiver);
    if (initializer && comesFromFiles(skipOuterExpressions(initializer))) return true;
    // const { avatar } = req.files
    for (let scope: ts.Node | undefined = receiver.parent; scope; scope = scope.parent) {
      if (!ts.isBlock(scope)) continue;
      for (const statement of scope.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isObjectBindingPattern(declaration.name) && declaration.initializer && comesFromFiles(skipOuterExpressions(declaration.initializer)) && declaration.name.elements.some((element) => ts.isIdentifier(element.name) && element.name.text === receiver.text)) return true;
        }
      }
    }
  }
  return false;
}

function scopeText(ctx: ScriptContext, scope: RequestScope): string {
  if (!scope.via) return 'while handling a request';
  const line = ctx.rangeOf(scope.handler).start.line + 1;
  return `in ${scope.via.helperName}(), which the request handler on line ${line} calls`;
}

export const localFilesystemStorage: Rule = {
  meta: {
    id: 'processes/local-filesystem-storage',
    factor: 6,
    title: 'Do not keep uploads and data on the local disk',
    description: 'Files written to the local disk while handling requests (multer dest/diskStorage, formidable uploadDir, fs writes in handlers) exist on one instance only and vanish when it is replaced. Twelve-factor processes are stateless: put files in object storage or a database.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scriptKeywords: ['multer', 'formidable', 'uploadDir', 'writeFile', 'createWriteStream', 'rename', 'copyFile', 'appendFile', 'outputFile', 'outputJson', 'writeJson', 'writeJSON', 'move', 'copy', '.cp(', 'cpSync', '.mv(', 'toFile'],
  script(ctx) {
    if (ctx.file.isTest) return {};
    const relative = workspaceRelative(ctx.facts, ctx.file.path);
    if (BUILD_SCRIPT_PATH.test(relative)) return {};
    const tracker = new RequestScopeTracker(ctx.sourceFile, ctx.bindings);
    const candidates: CandidateWrite[] = [];
    const usesSharp = [...ctx.bindings.values()].some((binding) => binding.module === 'sharp');
    const usesFormidable = [...ctx.bindings.values()].some((binding) => binding.module === 'formidable') || ctx.text.includes("'formidable'") || ctx.text.includes('"formidable"');

    const checkUploadMiddleware = (node: ts.CallExpression | ts.NewExpression) => {
      const target = moduleOfExpression(node.expression, ctx.bindings);
      if (!target) return;
      const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
      if (target.module === 'multer') {
        const last = target.path[target.path.length - 1];
        if (target.path.length === 0 && ts.isCallExpression(node)) {
          // multer({ dest: 'uploads/' }); multer({ storage: multer.diskStorage(…) }) is reported at diskStorage.
          const options = optionsObject(args[0]);
          const dest = options && propertyValue(options, 'dest');
          const destProperty = options && findProperty(options, 'dest');
          if (!dest || !destProperty || !isPersistentLocalPath(dest, ctx.bindings)) return;
          const memory = memoryStorageText(node.expression, ctx.bindings);
          ctx.report({
            range: ctx.rangeOf(node),
            message: `multer stores uploads on the local disk (dest: ${dest.getText()}): the files exist on this instance only and are lost when it is replaced. Keep them in memory and put them in ${OBJECT_STORAGE_NOTE}.`,
            fixes: memory ? [memoryStorageFix(ctx, destProperty, `storage: ${memory}`)] : [],
          });
        } else if (last === 'diskStorage' && ts.isCallExpression(node)) {
          if (!diskStorageIsPersistent(optionsObject(args[0]), ctx.bindings)) return;
          const callee = skipOuterExpressions(node.expression);
          const memory = ts.isPropertyAccessExpression(callee) ? `${callee.expression.getText()}.memoryStorage()` : memoryStorageText(callee, ctx.bindings);
          ctx.report({
            range: ctx.rangeOf(node),
            message: `multer.diskStorage() writes uploads to the local disk: the files exist on this instance only and are lost when it is replaced. Keep them in memory and put them in ${OBJECT_STORAGE_NOTE}.`,
            fixes: memory ? [memoryStorageFix(ctx, node, memory)] : [],
          });
        }
        return;
      }
      if (target.module === 'formidable' && (target.path.length === 0 || (target.path.length === 1 && FORMIDABLE_FACTORIES.test(target.path[0]!)))) {
        const options = optionsObject(args[0]);
        const uploadDir = options && propertyValue(options, 'uploadDir');
        if (!uploadDir || !isPersistentLocalPath(uploadDir, ctx.bindings)) return;
        ctx.report({
          range: ctx.rangeOf(node),
          message: `formidable saves uploads to a local folder (uploadDir: ${uploadDir.getText()}): the files exist on this instance only and are lost when it is replaced. Stream them to ${OBJECT_STORAGE_NOTE} instead.`,
        });
      }
    };

    return {
      [ts.SyntaxKind.NewExpression]: (node) => checkUploadMiddleware(node as ts.NewExpression),
      [ts.SyntaxKind.CallExpression]: (node) => {
        const call = node as ts.CallExpression;
        tracker.noteCall(call);
        checkUploadMiddleware(call);
        const write = fileWriteCall(call, ctx.bindings);
        if (write?.destination) {
          candidates.push({ node: call, destination: write.destination, what: `fs.${write.api}()` });
        } else if (isUploadedFileMove(call)) {
          candidates.push({ node: call, destination: call.arguments[0]!, what: 'the uploaded file\'s mv()' });
        } else if (usesSharp && call.arguments[0] && ts.isPropertyAccessExpression(skipOuterExpressions(call.expression)) && (skipOuterExpressions(call.expression) as ts.PropertyAccessExpression).name.text === 'toFile') {
          // sharp(input).resize(…).toFile('public/thumbs/x.jpg')
          candidates.push({ node: call, destination: call.arguments[0], what: 'sharp\'s toFile()' });
        }
      },
      [ts.SyntaxKind.BinaryExpression]: (node) => {
        // form.uploadDir = './uploads' (formidable's older API)
        const binary = node as ts.BinaryExpression;
        if (!usesFormidable || binary.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
        const target = skipOuterExpressions(binary.left);
        if (!ts.isPropertyAccessExpression(target) || target.name.text !== 'uploadDir') return;
        if (!isPersistentLocalPath(binary.right, ctx.bindings)) return;
        ctx.report({
          range: ctx.rangeOf(binary),
          message: `formidable saves uploads to a local folder (uploadDir = ${binary.right.getText()}): the files exist on this instance only and are lost when it is replaced. Stream them to ${OBJECT_STORAGE_NOTE} instead.`,
        });
      },
      onEnd: () => {
        for (const candidate of candidates) {
          if (!isPersistentLocalPath(candidate.destination, ctx.bindings)) continue;
          const scope = tracker.scopeOf(candidate.node);
          if (!scope) continue;
          ctx.report({
            range: ctx.rangeOf(candidate.node),
            message: `${candidate.what} writes to the local disk ${scopeText(ctx, scope)}: the file exists on this instance only and is lost when it is replaced or scaled out. Put it in ${OBJECT_STORAGE_NOTE} or a database.`,
          });
        }
      },
    };
  },
};
