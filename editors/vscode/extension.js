// Starts `apg lsp` for Markdown files; everything else is the language server's.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('apg').get('path') || 'apg';
  client = new LanguageClient(
    'apg',
    'apg',
    { command, args: ['lsp'] },
    { documentSelector: [{ scheme: 'file', language: 'markdown' }] }
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
