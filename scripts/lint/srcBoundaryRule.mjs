import path from 'node:path';

/**
 * Shipped code stays inside src/: HubSpot uploads only src/, so an import that climbs out
 * of it builds locally and breaks in the portal (and would ship tooling if it did not).
 * Only relative specifiers can leave src/; package imports resolve inside each package.
 */
export const noImportOutsideSrc = {
  meta: {
    type: 'problem',
    docs: { description: 'Files under src/ import nothing outside src/.' },
    schema: [{ type: 'object', properties: { srcDir: { type: 'string' } }, required: ['srcDir'] }],
    messages: {
      outside:
        "'{{specifier}}' resolves outside src/ ({{target}}); only src/ is uploaded to HubSpot.",
    },
  },
  create(context) {
    const srcDir = path.resolve(context.options[0].srcDir);
    const check = (node) => {
      const specifier = node?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), specifier);
      const relative = path.relative(srcDir, target);
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        context.report({
          node,
          messageId: 'outside',
          data: { specifier, target: path.relative(path.dirname(srcDir), target) },
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.literal ?? node.argument),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          check(node.arguments[0]);
        }
      },
    };
  },
};
