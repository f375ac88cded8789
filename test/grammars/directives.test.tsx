// SYNTAX TEST "source.tsx" "twelve-factor suppression directives in TSX comments"
// twelve-factor-disable-next-line config/hardcoded-secret -- public demo key
// ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.tsx keyword.control.directive.twelve-factor
//                                 ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.tsx entity.name.type.rule-id.twelve-factor
//                                                         ^^ punctuation.separator.reason.twelve-factor
export const publicKey = 'pk_test_placeholder'; /* twelve-factor-disable-line config/hardcoded-secret */
//                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.block.tsx keyword.control.directive.twelve-factor
//                                                                            ^^^^^^^^^^^^^^^^^^^^^^^ comment.block.tsx entity.name.type.rule-id.twelve-factor
