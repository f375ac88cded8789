// SYNTAX TEST "source.js.jsx" "twelve-factor suppression directives in JSX comments"
export const page = (
  <main>
    {/* twelve-factor-disable-next-line config/hardcoded-secret */}
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.block.js.jsx keyword.control.directive.twelve-factor
//                                      ^^^^^^^^^^^^^^^^^^^^^^^ comment.block.js.jsx entity.name.type.rule-id.twelve-factor
//                                                              ^^ comment.block.js.jsx - meta.directive.suppression.twelve-factor
    <Widget apiKey="pk_test_placeholder" />
  </main>
);
