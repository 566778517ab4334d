// Text reporter: the Report as a summary a person reads in a terminal.
//
// Layout, top to bottom: the section label, the headline, byline and dates,
// standfirst and captions, then one titled part each for the summary,
// entities, quotes, quantities and keywords, and last the clean body
// wrapped to the width. Parts with nothing in them are left out. Every
// string from the article goes through TerminalSafe first (the article may
// carry escape sequences); ANSI styling is added only when TextOptions::color.
#include <cstdio>
#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "lede/reporter.h"
#include "report/text_layout.h"
#include "text/utf8.h"

namespace lede {

namespace {

using detail::TerminalSafe;

// Narrowest wrap width honoured: below it, words of a headline no longer fit.
constexpr size_t kMinWidth = 20;

// Widest an entity name, alias list or role list column grows before its
// cells are truncated, so one long role does not push the counts off-screen.
constexpr size_t kNameColumn = 28;
constexpr size_t kListColumn = 24;
// Widest the quantity text and value columns grow.
constexpr size_t kQuantityTextColumn = 28;
constexpr size_t kQuantityValueColumn = 24;

// Largest integer printed with separators: beyond it a double is no longer exact.
constexpr double kMaxGroupedInteger = 9007199254740992.0;  // 2^53

// Indent of everything under a part's heading.
constexpr std::string_view kIndent = "  ";
// Indent of a speaker's quotes under the speaker's line, and of their wrapped lines.
constexpr std::string_view kQuoteIndent = "    ";
constexpr std::string_view kQuoteContinuation = "      ";

// Adds ANSI styling when colour is on.
class Style {
 public:
  explicit Style(bool color) : color_(color) {}
  // Returns `s` bold.
  std::string Bold(std::string_view s) const { return Wrap("\x1B[1m", s); }
  // Returns `s` as a part heading: bold cyan.
  std::string Heading(std::string_view s) const { return Wrap("\x1B[1;36m", s); }
  // Returns `s` dimmed, for secondary details.
  std::string Dim(std::string_view s) const { return Wrap("\x1B[2m", s); }

 private:
  std::string Wrap(std::string_view code, std::string_view s) const {
    if (!color_) return std::string(s);
    return std::string(code) + std::string(s) + "\x1B[0m";
  }
  bool color_;
};

// Returns the strings joined by `separator`, each made terminal-safe.
std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    const std::string safe = TerminalSafe(part);
    if (safe.empty()) continue;
    if (!out.empty()) out += separator;
    out += safe;
  }
  return out;
}

// Returns a number for people: integers with thousands separators
// (150,000,000,000), other values in their shortest exact form.
std::string FormatNumber(double value) {
  if (value != std::floor(value) || std::fabs(value) >= kMaxGroupedInteger) return fmt::format("{}", value);
  const std::string digits = fmt::format("{}", static_cast<long long>(std::fabs(value)));
  std::string out = value < 0 ? "-" : "";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// Returns a quantity's value and unit, or its normalised form, for the table.
std::string QuantityValue(const Quantity& q) {
  if (!q.normalized.empty()) return q.normalized;
  if (!q.value) return q.unit;
  std::string out = FormatNumber(*q.value);
  if (!q.unit.empty()) out += " " + q.unit + (q.unit_ambiguous ? "?" : "");
  if (!q.qualifier.empty()) out = q.qualifier + " " + out;
  return out;
}

// Returns the header: section, headline, byline, standfirst, captions.
std::string Header(const Report& report, const Style& style, size_t width) {
  const Metadata& meta = report.document.meta;
  std::string out;
  const std::string section = TerminalSafe(meta.section);
  if (!section.empty()) out += style.Dim(section) + '\n';
  const std::string title = TerminalSafe(meta.title);
  if (!title.empty()) {
    std::string wrapped = detail::Wrap(title, width, "");
    wrapped.pop_back();  // the newline, added back after the styling
    out += style.Bold(wrapped) + '\n';
  }
  std::vector<std::string> byline;
  if (!meta.authors.empty()) byline.push_back("By " + Join(meta.authors, ", "));
  if (!meta.published.empty()) byline.push_back(meta.published);
  if (!meta.modified.empty() && meta.modified != meta.published) byline.push_back("updated " + meta.modified);
  if (!meta.site.empty()) byline.push_back(meta.site);
  const std::string by = Join(byline, " \xC2\xB7 ");
  if (!by.empty()) out += detail::Wrap(by, width, "");
  if (!out.empty() && (!meta.standfirst.empty() || !meta.captions.empty())) out += '\n';
  for (const std::string& s : meta.standfirst) {
    const std::string safe = TerminalSafe(s);
    if (!safe.empty()) out += detail::Wrap(safe, width, "  ", "\xE2\x80\xA2 ");
  }
  for (const Caption& c : meta.captions) {
    std::string line = "Photo: " + TerminalSafe(c.text);
    const std::string credit = TerminalSafe(c.credit);
    if (!credit.empty()) line += " (" + credit + ")";
    out += style.Dim(detail::Wrap(line, width, "  "));
  }
  return out;
}

// Appends a titled part to `out` when `body` is not empty.
void AddPart(std::string_view title, const std::string& body, const Style& style, std::string* out) {
  if (body.empty()) return;
  if (!out->empty()) *out += '\n';
  *out += style.Heading(title) + '\n' + body;
}

// Returns the entity table.
std::string EntitiesPart(const Report& report) {
  if (report.entities.empty()) return "";
  std::vector<std::vector<std::string>> rows;
  for (const Entity& e : report.entities) {
    // The type column carries a GPE's or NORP's country code: "GPE CN", "NORP GB".
    std::string type(EntityTypeName(e.type));
    if (!e.country.empty()) type += " " + TerminalSafe(e.country);
    rows.push_back({std::move(type), TerminalSafe(e.name), Join(e.aliases, ", "),
                    Join(e.roles, "; "), std::to_string(e.mentions.size())});
  }
  return detail::Table(rows, {8, kNameColumn, kListColumn, kListColumn, 6}, kIndent);
}

// Returns the quotes grouped by speaker: one line naming the speaker, then
// each of their quotes as a wrapped paragraph in text order. Speakers come in
// the order of their first quote; unattributed quotes come last.
std::string QuotesPart(const Report& report, size_t width) {
  // A speaker is its entity when it has one, else the words that name it.
  const auto key = [](const Quote& q) {
    if (!q.speaker) return std::string();
    return q.speaker->entity != 0 ? "#" + std::to_string(q.speaker->entity) : "=" + q.speaker->name;
  };
  std::vector<std::string> order;
  std::unordered_map<std::string, std::vector<const Quote*>> by_speaker;
  for (const Quote& q : report.quotes) {
    std::vector<const Quote*>& quotes = by_speaker[key(q)];
    if (quotes.empty() && q.speaker) order.push_back(key(q));
    quotes.push_back(&q);
  }
  if (by_speaker.count("")) order.push_back("");
  std::string out;
  for (const std::string& speaker : order) {
    const std::vector<const Quote*>& quotes = by_speaker[speaker];
    const Quote& first = *quotes.front();
    std::string name = first.speaker ? TerminalSafe(first.speaker->name) : "(unattributed)";
    out += detail::Wrap(name + " (" + std::to_string(quotes.size()) + ")", width, kQuoteIndent, kIndent);
    for (const Quote* q : quotes) {
      // Reported speech is the reporter's words, not the speaker's: no quotation
      // marks (mixed speech carries its own around the words it quotes).
      const bool quoted = q->kind == QuoteKind::kDirect || q->kind == QuoteKind::kPartial;
      const std::string open = quoted ? "\xE2\x80\x9C" : "";
      const std::string close = quoted ? "\xE2\x80\x9D" : "";
      const std::string line = open + TerminalSafe(q->text) + close + " [" + std::string(QuoteKindName(q->kind)) + "]";
      out += detail::Wrap(line, width, kQuoteContinuation, kQuoteIndent);
    }
  }
  return out;
}

// Returns the quantity table.
std::string QuantitiesPart(const Report& report) {
  if (report.quantities.empty()) return "";
  std::vector<std::vector<std::string>> rows;
  for (const Quantity& q : report.quantities) {
    rows.push_back({std::string(QuantityKindName(q.kind)), TerminalSafe(q.text), TerminalSafe(QuantityValue(q)),
                    TerminalSafe(q.subject)});
  }
  return detail::Table(rows, {8, kQuantityTextColumn, kQuantityValueColumn, kListColumn}, kIndent);
}

// Returns the extractor's decisions (--explain), one line each: kept mark,
// role, score, reason, then the start of the text on the next line.
std::string BlocksPart(const Document& doc, size_t width) {
  std::string out;
  for (const BlockDecision& d : doc.decisions) {
    char score[32];
    std::snprintf(score, sizeof score, "%.2f", d.score);
    out += std::string(kIndent) + (d.kept ? "+ " : "- ") + d.role + " " + score + "  " + TerminalSafe(d.reason) + '\n';
    if (!d.text.empty()) out += detail::Wrap(TerminalSafe(d.text), width, "      ", "      ");
  }
  return out;
}

}  // namespace

std::string RenderText(const Report& report, const TextOptions& options) {
  const Style style(options.color);
  const size_t width = std::max(options.width, kMinWidth);
  const Document& doc = report.document;

  std::string out = Header(report, style, width);

  std::string summary;
  for (size_t index : report.summary) {
    if (index >= report.sentences.size()) continue;
    const std::string s = TerminalSafe(SpanText(doc.text, report.sentences[index].span));
    summary += detail::Wrap(s, width, "    ", "  \xE2\x80\xA2 ");
  }
  AddPart("Summary", summary, style, &out);
  AddPart("Entities", EntitiesPart(report), style, &out);
  AddPart("Quotes", QuotesPart(report, width), style, &out);
  AddPart("Quantities", QuantitiesPart(report), style, &out);
  const std::string keywords = Join(report.keywords, ", ");
  AddPart("Keywords", keywords.empty() ? "" : detail::Wrap(keywords, width, kIndent), style, &out);

  std::string body;
  for (const Block& block : doc.blocks) {
    const std::string text = TerminalSafe(SpanText(doc.text, block.span));
    if (text.empty()) continue;
    if (!body.empty()) body += '\n';
    const std::string wrapped = detail::Wrap(text, width, "");
    body += block.kind == BlockKind::kHeading ? style.Bold(wrapped) : wrapped;
  }
  if (report.stats.text_bytes_dropped > 0) {
    if (!body.empty()) body += '\n';
    body += "[" + std::to_string(report.stats.text_bytes_dropped) +
            " more bytes of text not analysed (--max-text-bytes)]";
  }
  AddPart("Text", body, style, &out);
  AddPart("Blocks", BlocksPart(doc, width), style, &out);
  if (out.empty()) out = "(no article text)\n";
  return out;
}

}  // namespace lede
