// word_class_induction.cpp - see word_class_induction.h.
#include "word_class_induction.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <random>
#include <stdexcept>
#include <unordered_map>

#include "core/claims/tokens.h"
#include "core/utf8.h"

namespace train {
namespace {

using core::claims::Token;
using core::claims::TokKind;

// [SECTION] tokens --------------------------------------------------------------------------------

// What a token counts as: a word by its lowercase form, a number as "#NUM", a mark as itself.
std::string form(const Token& t) {
  if (t.kind == TokKind::Word) return std::string(t.lower());
  if (t.kind == TokKind::Number) return "#NUM";
  if (t.kind == TokKind::Quote) return "\"";
  std::string s;
  utf8::append(s, t.mark);
  return s;
}

// Every paragraph as a list of token ids, with "<s>" between paragraphs.
struct Stream {
  std::vector<std::string> names;
  std::unordered_map<std::string, int> ids;
  std::vector<int> seq;
  std::vector<bool> is_word;  // per id: a Word token
  int id(const std::string& f, bool word) {
    auto [it, fresh] = ids.emplace(f, static_cast<int>(names.size()));
    if (fresh) names.push_back(f), is_word.push_back(word);
    return it->second;
  }
};

Stream read_stream(const std::string& utf8) {
  Stream s;
  const int boundary = s.id("<s>", false);
  const std::u32string text = utf8::decode(utf8);
  std::vector<Token> toks;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(U'\n', start);
    if (end == std::u32string::npos) end = text.size();
    if (end > start) {
      bool in_quote = false;
      core::claims::tokenize(text, start, end, in_quote, toks);
      s.seq.push_back(boundary);
      for (const Token& t : toks) s.seq.push_back(s.id(form(t), t.kind == TokKind::Word));
    }
    start = end + 1;
  }
  s.seq.push_back(boundary);
  return s;
}

// [SECTION] linear algebra (dense, row-major) ---------------------------------------------------------

struct Matrix {
  size_t rows = 0, cols = 0;
  std::vector<double> v;
  Matrix(size_t r, size_t c) : rows(r), cols(c), v(r * c, 0.0) {}
  double* row(size_t i) { return v.data() + i * cols; }
  const double* row(size_t i) const { return v.data() + i * cols; }
};

// a (n x m) times b (m x k)
Matrix times(const Matrix& a, const Matrix& b) {
  Matrix out(a.rows, b.cols);
  for (size_t i = 0; i < a.rows; ++i) {
    double* o = out.row(i);
    const double* ai = a.row(i);
    for (size_t j = 0; j < a.cols; ++j) {
      if (ai[j] == 0) continue;
      const double* bj = b.row(j);
      for (size_t k = 0; k < b.cols; ++k) o[k] += ai[j] * bj[k];
    }
  }
  return out;
}

// a transposed (m x n) times b (n x k)
Matrix times_transposed(const Matrix& a, const Matrix& b) {
  Matrix out(a.cols, b.cols);
  for (size_t i = 0; i < a.rows; ++i) {
    const double* ai = a.row(i);
    const double* bi = b.row(i);
    for (size_t j = 0; j < a.cols; ++j) {
      if (ai[j] == 0) continue;
      double* o = out.row(j);
      for (size_t k = 0; k < b.cols; ++k) o[k] += ai[j] * bi[k];
    }
  }
  return out;
}

// Orthonormalises the columns (modified Gram-Schmidt); a column that lies in the span of the
// ones before it (the matrix has a lower rank) becomes zero.
void orthonormalise(Matrix& m) {
  for (size_t c = 0; c < m.cols; ++c) {
    double before = 0;
    for (size_t r = 0; r < m.rows; ++r) before += m.row(r)[c] * m.row(r)[c];
    for (size_t p = 0; p < c; ++p) {
      double dot = 0;
      for (size_t r = 0; r < m.rows; ++r) dot += m.row(r)[c] * m.row(r)[p];
      for (size_t r = 0; r < m.rows; ++r) m.row(r)[c] -= dot * m.row(r)[p];
    }
    double norm = 0;
    for (size_t r = 0; r < m.rows; ++r) norm += m.row(r)[c] * m.row(r)[c];
    const double scale = norm > 1e-18 * before && norm > 0 ? 1 / std::sqrt(norm) : 0.0;
    for (size_t r = 0; r < m.rows; ++r) m.row(r)[c] *= scale;
  }
}

// Eigenvectors (columns of vecs) and eigenvalues of a small symmetric matrix, by Jacobi
// rotations; sorted by eigenvalue, largest first.
void symmetric_eigen(Matrix a, Matrix& vecs, std::vector<double>& vals) {
  const size_t n = a.rows;
  vecs = Matrix(n, n);
  for (size_t i = 0; i < n; ++i) vecs.row(i)[i] = 1;
  for (int sweep = 0; sweep < 100; ++sweep) {
    double off = 0;
    for (size_t p = 0; p < n; ++p)
      for (size_t q = p + 1; q < n; ++q) off += a.row(p)[q] * a.row(p)[q];
    if (off < 1e-22) break;
    for (size_t p = 0; p < n; ++p)
      for (size_t q = p + 1; q < n; ++q) {
        const double apq = a.row(p)[q];
        if (std::fabs(apq) < 1e-300) continue;
        const double theta = (a.row(q)[q] - a.row(p)[p]) / (2 * apq);
        const double t = (theta >= 0 ? 1 : -1) / (std::fabs(theta) + std::sqrt(theta * theta + 1));
        const double c = 1 / std::sqrt(t * t + 1), s = t * c;
        for (size_t k = 0; k < n; ++k) {  // columns p, q
          const double akp = a.row(k)[p], akq = a.row(k)[q];
          a.row(k)[p] = c * akp - s * akq;
          a.row(k)[q] = s * akp + c * akq;
        }
        for (size_t k = 0; k < n; ++k) {  // rows p, q
          const double apk = a.row(p)[k], aqk = a.row(q)[k];
          a.row(p)[k] = c * apk - s * aqk;
          a.row(q)[k] = s * apk + c * aqk;
        }
        for (size_t k = 0; k < n; ++k) {
          const double vkp = vecs.row(k)[p], vkq = vecs.row(k)[q];
          vecs.row(k)[p] = c * vkp - s * vkq;
          vecs.row(k)[q] = s * vkp + c * vkq;
        }
      }
  }
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return a.row(x)[x] > a.row(y)[y]; });
  Matrix sorted(n, n);
  vals.assign(n, 0);
  for (size_t j = 0; j < n; ++j) {
    vals[j] = a.row(order[j])[order[j]];
    for (size_t i = 0; i < n; ++i) sorted.row(i)[j] = vecs.row(i)[order[j]];
  }
  vecs = sorted;
}

// [SECTION] k-means -----------------------------------------------------------------------------

// Spherical k-means on unit rows, k-means++ seeding weighted by frequency; returns a cluster
// per row.
std::vector<int> kmeans(const Matrix& x, const std::vector<double>& weight, int k, std::mt19937_64& rng) {
  const size_t n = x.rows, d = x.cols;
  Matrix centre(k, d);
  std::vector<double> best(n, 4.0);
  std::uniform_real_distribution<double> uni(0, 1);
  auto dist = [&](size_t i, const double* c) {
    double dot = 0;
    for (size_t j = 0; j < d; ++j) dot += x.row(i)[j] * c[j];
    return 2 - 2 * dot;
  };
  size_t first = 0;
  for (int c = 0; c < k; ++c) {
    if (c > 0) {
      double total = 0;
      for (size_t i = 0; i < n; ++i) total += best[i] * weight[i];
      double r = uni(rng) * total;
      for (first = 0; first + 1 < n && (r -= best[first] * weight[first]) > 0; ++first) {}
    }
    std::copy(x.row(first), x.row(first) + d, centre.row(c));
    for (size_t i = 0; i < n; ++i) best[i] = std::min(best[i], dist(i, centre.row(c)));
  }
  std::vector<int> assign(n, -1);
  for (int iter = 0; iter < 40; ++iter) {
    size_t moved = 0;
    for (size_t i = 0; i < n; ++i) {
      int arg = 0;
      double low = 1e300;
      for (int c = 0; c < k; ++c) {
        const double v = dist(i, centre.row(c));
        if (v < low) low = v, arg = c;
      }
      if (assign[i] != arg) ++moved, assign[i] = arg;
    }
    Matrix sum(k, d);
    for (size_t i = 0; i < n; ++i)
      for (size_t j = 0; j < d; ++j) sum.row(assign[i])[j] += x.row(i)[j];
    for (int c = 0; c < k; ++c) {
      double norm = 0;
      for (size_t j = 0; j < d; ++j) norm += sum.row(c)[j] * sum.row(c)[j];
      if (norm == 0) continue;  // an empty cluster keeps its centre
      norm = std::sqrt(norm);
      for (size_t j = 0; j < d; ++j) centre.row(c)[j] = sum.row(c)[j] / norm;
    }
    if (moved == 0) break;
  }
  return assign;
}

}  // namespace

// [SECTION] induction --------------------------------------------------------------------------------

WordClasses induce_word_classes(const std::string& text, const ClassOptions& o) {
  const Stream s = read_stream(text);
  std::vector<double> count(s.names.size(), 0);
  for (int t : s.seq) count[t] += 1;
  // Context tokens: the most frequent forms (marks and "<s>" included).
  std::vector<int> by_count(s.names.size());
  std::iota(by_count.begin(), by_count.end(), 0);
  std::sort(by_count.begin(), by_count.end(), [&](int a, int b) {
    return count[a] != count[b] ? count[a] > count[b] : s.names[a] < s.names[b];
  });
  std::vector<int> context_of(s.names.size(), -1);
  for (int i = 0; i < std::min<int>(o.contexts, static_cast<int>(by_count.size())); ++i) context_of[by_count[i]] = i;
  // Target words: Word tokens seen min_count times or more, in sorted order.
  std::vector<int> targets;
  for (size_t i = 0; i < s.names.size(); ++i)
    if (s.is_word[i] && count[i] >= o.min_count) targets.push_back(static_cast<int>(i));
  std::sort(targets.begin(), targets.end(), [&](int a, int b) { return s.names[a] < s.names[b]; });
  std::vector<int> row_of(s.names.size(), -1);
  for (size_t r = 0; r < targets.size(); ++r) row_of[targets[r]] = static_cast<int>(r);

  const size_t cols = 2 * static_cast<size_t>(o.contexts);
  Matrix m(targets.size(), cols);
  for (size_t i = 0; i < s.seq.size(); ++i) {
    const int r = row_of[s.seq[i]];
    if (r < 0) continue;
    if (i > 0 && context_of[s.seq[i - 1]] >= 0) m.row(r)[context_of[s.seq[i - 1]]] += 1;
    if (i + 1 < s.seq.size() && context_of[s.seq[i + 1]] >= 0) m.row(r)[o.contexts + context_of[s.seq[i + 1]]] += 1;
  }
  // Positive PMI, context counts smoothed by the power 0.75.
  std::vector<double> row_sum(m.rows, 0), col_sum(cols, 0);
  double total = 0;
  for (size_t r = 0; r < m.rows; ++r)
    for (size_t c = 0; c < cols; ++c) row_sum[r] += m.row(r)[c], col_sum[c] += m.row(r)[c], total += m.row(r)[c];
  double smoothed = 0;
  for (double& c : col_sum) smoothed += (c = std::pow(c, 0.75));
  for (size_t r = 0; r < m.rows; ++r)
    for (size_t c = 0; c < cols; ++c) {
      double& v = m.row(r)[c];
      if (v == 0) continue;
      const double pmi = std::log(v * smoothed / (row_sum[r] * col_sum[c]));
      v = pmi > 0 ? pmi : 0;
    }
  // Truncated SVD by random projection with two power iterations.
  std::mt19937_64 rng(20261201);
  std::normal_distribution<double> gauss(0, 1);
  const size_t k = static_cast<size_t>(o.dims) + 10;
  Matrix omega(cols, k);
  for (double& v : omega.v) v = gauss(rng);
  Matrix y = times(m, omega);
  orthonormalise(y);
  for (int p = 0; p < 2; ++p) {
    Matrix z = times_transposed(m, y);
    orthonormalise(z);
    y = times(m, z);
    orthonormalise(y);
  }
  const Matrix b = times_transposed(y, m);  // k x cols
  Matrix bbt(k, k);
  for (size_t i = 0; i < k; ++i)
    for (size_t j = 0; j < k; ++j) {
      double dot = 0;
      for (size_t c = 0; c < cols; ++c) dot += b.row(i)[c] * b.row(j)[c];
      bbt.row(i)[j] = dot;
    }
  Matrix u(k, k);
  std::vector<double> lambda;
  symmetric_eigen(bbt, u, lambda);
  // Word vectors: Y U, the first dims columns, each scaled by the square root of its singular
  // value, rows to unit length.
  Matrix x(m.rows, static_cast<size_t>(o.dims));
  for (size_t r = 0; r < m.rows; ++r) {
    double norm = 0;
    for (int d = 0; d < o.dims; ++d) {
      double v = 0;
      for (size_t j = 0; j < k; ++j) v += y.row(r)[j] * u.row(j)[d];
      v *= std::pow(std::max(lambda[d], 0.0), 0.25);
      x.row(r)[d] = v;
      norm += v * v;
    }
    norm = std::sqrt(norm) + 1e-300;
    for (int d = 0; d < o.dims; ++d) x.row(r)[d] /= norm;
  }
  std::vector<double> weight(m.rows);
  for (size_t r = 0; r < m.rows; ++r) weight[r] = std::sqrt(count[targets[r]]);
  const std::vector<int> assign = kmeans(x, weight, o.classes, rng);

  WordClasses out;
  out.class_count = o.classes;
  for (size_t r = 0; r < targets.size(); ++r) {
    out.words.push_back(s.names[targets[r]]);
    out.classes.push_back(static_cast<uint16_t>(assign[r]));
  }
  for (int t : s.seq) out.tokens += s.is_word[t] ? 1 : 0;
  return out;
}

void write_word_class_table(const WordClasses& w, const ClassOptions& o, const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + path);
  out << "// word_class_table.cpp - GENERATED by tests/claims/train (claims_train classes); do not edit.\n"
         "// Regenerate with the command in docs/CLAIMS.md (\"Training\").\n"
         "#include \"core/claims/word_classes.h\"\n\nnamespace core::claims {\nnamespace {\n\n"
         "// The words, sorted, each ended by \\0.\nconst char kWords[] =\n";
  std::string line = "    \"";
  for (const std::string& word : w.words) {
    std::string escaped;
    for (char c : word) {
      if (c == '"' || c == '\\') escaped += '\\';
      escaped += c;
    }
    escaped += "\\0";
    if (line.size() + escaped.size() > 99) {
      out << line << "\"\n";
      line = "    \"";
    }
    line += escaped;
  }
  out << line << "\";\n\nconst uint16_t kClasses[" << w.classes.size() << "] = {\n";
  for (size_t i = 0; i < w.classes.size(); i += 20) {
    out << "   ";
    for (size_t j = i; j < std::min(w.classes.size(), i + 20); ++j) out << " " << w.classes[j] << ",";
    out << "\n";
  }
  char about[256];
  std::snprintf(about, sizeof about,
                "%d classes of %zu words (seen %d times or more in %zu words of unlabelled Brown text); "
                "%d context tokens, %d SVD dimensions",
                w.class_count, w.words.size(), o.min_count, w.tokens, o.contexts, o.dims);
  out << "};\n\n}  // namespace\n\nconst WordClassTable kWordClassTable = {kWords, kClasses, " << w.words.size() << ", "
      << w.class_count << ",\n    \"" << about << "\"};\n\n}  // namespace core::claims\n";
}

}  // namespace train
