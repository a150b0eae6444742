// main.cpp - entry point of the `annotator` command-line tool: dispatches to a subcommand.
#include <iostream>
#include <string>

#include "cli/commands.h"

namespace {

const char* kUsage = R"(annotator - annotate news articles; read and write W3C Web Annotation files

Usage:
  annotator validate FILE.json...
      Check annotation files (ours, or Hypothesis, Recogito, Apache Annotator, any W3C).
      Exit 0 if all are valid, else 1 with one line per problem.
  annotator anchor ARTICLE.txt FILE.json
      Anchor every annotation to the article as it is now; print a JSON report.
  annotator add ARTICLE.txt --quote TEXT [--occurrence N] [--category C] [--verdict V]
                [--note TEXT] [--link URL]... -o FILE.json
      Annotate the N-th (1-based) occurrence of TEXT; create FILE.json (article embedded)
      or add to it.
  annotator stats FILE.json
      Count annotations by category and verdict (JSON).
  annotator suggest ARTICLE.txt [--min-score S]
      Suggest check-worthy claims (JSON array, offsets in code points).
  annotator export FILE.json --format html|csv|markdown|claimreview [-o OUT]
                   [--article ARTICLE.txt] [--url URL --publisher NAME --date YYYY-MM-DD]
      The annotations as a self-contained HTML report, CSV, Markdown, or schema.org
      ClaimReview JSON-LD (--url, --publisher, --date describe the published fact check).
  annotator score KEY.json STUDENT.json... [--csv]
      Score students' files against a key (SemEval-2013 strict/exact/partial/type, found,
      partly, missed, extra, Krippendorff's alpha); JSON, or the grades as CSV.
  annotator agree [--article ARTICLE.txt|KEY.json] FILE.json FILE.json...
      Krippendorff's unitizing alpha among annotation files on one article (JSON); the
      article comes from --article or the first file that carries it.
  annotator extract PAGE.html [--json]
      Print a saved web page's article text, paragraphs separated by a blank line; with
      --json, {"title","byline","published","site","url","lang","dir","text"}.
  annotator --help | help
      Show this text.

ARTICLE may be text (.txt, .md: UTF-8) or a saved web page (.html, .htm, or anything that
starts with a tag): every command reads a page's article the way `extract` prints it.
Offsets are Unicode code points, end exclusive.
Verdicts: unverified, true, mostly-true, misleading, false, unsupported.
Categories: claim, statistic, quote, date, person-org, opinion, or any other word.

Exit codes: 0 success; 1 invalid input or failed operation; 2 usage error;
            3 a file could not be read or written.
)";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return cli::kUsage;
  }
  const std::string command = argv[1];
  const cli::Args args(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return cli::kOk;
  }
  if (command == "validate") return cli::cmd_validate(args, std::cout, std::cerr);
  if (command == "anchor") return cli::cmd_anchor(args, std::cout, std::cerr);
  if (command == "add") return cli::cmd_add(args, std::cout, std::cerr);
  if (command == "stats") return cli::cmd_stats(args, std::cout, std::cerr);
  if (command == "suggest") return cli::cmd_suggest(args, std::cout, std::cerr);
  if (command == "export") return cli::cmd_export(args, std::cout, std::cerr);
  if (command == "score") return cli::cmd_score(args, std::cout, std::cerr);
  if (command == "agree") return cli::cmd_agree(args, std::cout, std::cerr);
  if (command == "extract") return cli::cmd_extract(args, std::cout, std::cerr);
  std::cerr << "annotator: unknown command '" << command << "' (see annotator --help)\n";
  return cli::kUsage;
}
