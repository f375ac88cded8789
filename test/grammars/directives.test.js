// SYNTAX TEST "source.js" "twelve-factor suppression directives in JavaScript comments"
// twelve-factor-disable-next-line logs/manual-file-write
// ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js keyword.control.directive.twelve-factor
//                                 ^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js entity.name.type.rule-id.twelve-factor
require('node:fs').appendFileSync('app.log', 'started\n');
/* twelve-factor-disable-line logs/manual-file-write -- migrated next sprint */ const unused = 1;
// ^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.block.js keyword.control.directive.twelve-factor
//                            ^^^^^^^^^^^^^^^^^^^^^^ comment.block.js entity.name.type.rule-id.twelve-factor
//                                                   ^^ punctuation.separator.reason.twelve-factor
//                                                                           ^^ comment.block.js punctuation.definition.comment.js - meta.reason.twelve-factor
//                                                                              ^^^^^ storage.type.js - comment.block.js
