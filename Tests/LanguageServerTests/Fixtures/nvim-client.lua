-- Drives `apg lsp` with Neovim's own LSP client (Neovim 0.7 API), headless:
--   APG_BIN=… APG_FILE=…/de.md APG_OUT=…/result.json nvim --headless -u NONE -c 'luafile nvim-client.lua'
-- Writes what the client saw as JSON to APG_OUT for the Swift test to check.
local bin, file, out = os.getenv('APG_BIN'), os.getenv('APG_FILE'), os.getenv('APG_OUT')
local results = { diagnostics = {} }
local messages = {}

local client_id = vim.lsp.start_client({
  name = 'apg',
  cmd = { bin, 'lsp', '--as-of', '2026-11-20' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      results.diagnostics[result.uri] = #result.diagnostics
      local texts = {}
      for _, d in ipairs(result.diagnostics) do table.insert(texts, d.message) end
      messages[result.uri] = table.concat(texts, '\n')
    end,
  },
})

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)
local uri = vim.uri_from_bufnr(bufnr)
results.initial_diagnostics = vim.wait(120000, function() return results.diagnostics[uri] ~= nil end, 20)

local client = vim.lsp.get_client_by_id(client_id)
local function find(text)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s = string.find(line, text, 1, true)
    if s then return i - 1, s - 1 end
  end
end
local function params(text, offset)
  local line, column = find(text)
  return { textDocument = { uri = uri }, position = { line = line, character = column + offset } }
end

-- An edit in the buffer goes to the server as an incremental change.
local line = find('Verantwortlich: @mfischer')
local old = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1]
vim.api.nvim_buf_set_lines(bufnr, line, line + 1, false, { (old:gsub('@mfischer', '@mfischr')) })
results.typo_reported = vim.wait(120000, function() return (messages[uri] or ''):find('mfischr', 1, true) ~= nil end, 20)
vim.api.nvim_buf_set_lines(bufnr, line, line + 1, false, { old })
results.typo_cleared = vim.wait(120000, function() return (messages[uri] or ''):find('mfischr', 1, true) == nil end, 20)

local completion = client.request_sync('textDocument/completion', params('Verantwortlich: @kbauer', 17), 120000, bufnr)
results.completion = {}
for _, item in ipairs((completion and completion.result and completion.result.items) or {}) do
  table.insert(results.completion, item.label)
end

local definition = client.request_sync('textDocument/definition', params('Strategie: S3.1', 12), 120000, bufnr)
local target = definition and definition.result and definition.result[1]
if target then
  results.definition_uri = target.uri
  results.definition_line = target.range.start.line
end

local rename_params = params('(@kbauer)', 3)
rename_params.newName = 'kbauer2'
local rename = client.request_sync('textDocument/rename', rename_params, 120000, bufnr)
results.rename_files = {}
for changed_uri, edits in pairs((rename and rename.result and rename.result.changes) or {}) do
  results.rename_files[vim.fn.fnamemodify(vim.uri_to_fname(changed_uri), ':t')] = #edits
end

vim.fn.writefile({ vim.fn.json_encode(results) }, out)
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
vim.cmd('qall!')
