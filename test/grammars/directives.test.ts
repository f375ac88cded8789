// SYNTAX TEST "source.ts" "twelve-factor suppression directives in TypeScript comments"
import { createServer } from 'node:http';

// twelve-factor-disable-next-line port-binding/hardcoded-port, disposability/no-graceful-shutdown -- local demo
// <-- comment.line.double-slash.ts punctuation.definition.comment.ts - meta.directive.suppression.twelve-factor
// ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.ts meta.directive.suppression.twelve-factor keyword.control.directive.twelve-factor
//                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.ts meta.directive.suppression.twelve-factor entity.name.type.rule-id.twelve-factor
//                                                            ^ punctuation.separator.comma.twelve-factor
//                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ entity.name.type.rule-id.twelve-factor
//                                                                                                 ^^ punctuation.separator.reason.twelve-factor
//                                                                                                   ^^^^^^^^^^^ meta.reason.twelve-factor - entity.name.type.rule-id.twelve-factor
export const server = createServer().listen(3000); // twelve-factor-disable-line port-binding/hardcoded-port
//                                                 ^^ comment.line.double-slash.ts punctuation.definition.comment.ts - meta.directive.suppression.twelve-factor
//                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^ keyword.control.directive.twelve-factor
//                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^ entity.name.type.rule-id.twelve-factor
//                                                                                                          ^ - entity.name.type.rule-id.twelve-factor

/* twelve-factor-disable config/hardcoded-secret */
// <-- comment.block.ts punctuation.definition.comment.ts
// ^^^^^^^^^^^^^^^^^^^^^ comment.block.ts keyword.control.directive.twelve-factor
//                       ^^^^^^^^^^^^^^^^^^^^^^^ comment.block.ts entity.name.type.rule-id.twelve-factor
//                                               ^^ comment.block.ts punctuation.definition.comment.ts - meta.directive.suppression.twelve-factor
/*twelve-factor-disable*/
//^^^^^^^^^^^^^^^^^^^^^ comment.block.ts keyword.control.directive.twelve-factor
//                     ^^ punctuation.definition.comment.ts - keyword.control.directive.twelve-factor

// twelve-factor-disable-line hardcoded-port Config/Secret because legacy
//                            ^^^^^^^^^^^^^^ invalid.illegal.rule-id.twelve-factor
//                                           ^^^^^^^^^^^^^ invalid.illegal.rule-id.twelve-factor
//                                                         ^^^^^^^ invalid.illegal.rule-id.twelve-factor

// Not a directive: twelve-factor-disable-line mentioned in prose
//                  ^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.ts - keyword.control.directive.twelve-factor
// twelve-factor-disabled is not the marker either
// ^^^^^^^^^^^^^^^^^^^^^^ - keyword.control.directive.twelve-factor
/** twelve-factor-disable config/hardcoded-secret */
//  ^^^^^^^^^^^^^^^^^^^^^ comment.block.documentation.ts - keyword.control.directive.twelve-factor
export const label = 'twelve-factor-disable config/hardcoded-secret';
//                    ^^^^^^^^^^^^^^^^^^^^^ string.quoted.single.ts - keyword.control.directive.twelve-factor
