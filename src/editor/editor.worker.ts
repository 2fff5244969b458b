/** Monaco's editor worker, with the network taken away first (see src/lib/no-network.ts). */
import '../lib/no-network.ts';
import 'monaco-editor/editor/editor.worker';
