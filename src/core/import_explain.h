// import_explain.h - an import error in words for people. The importer's messages name
// JSON paths and W3C types ("first.items[3].target: missing", "expected an
// AnnotationPage"): right for a developer, opaque to a teacher. The app shows this
// sentence, with the technical message one click away.
#pragma once

#include <string>
#include <string_view>

namespace core {

// `technical` is an error from import_w3c (the first of them, possibly followed by
// " (and N more problems)"). Returns one or two plain sentences saying what is wrong and
// what the reader can do.
std::string plain_import_error(std::string_view technical);

}  // namespace core
