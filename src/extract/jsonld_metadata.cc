// JSON-LD metadata. nlohmann_json parses without exceptions (a discarded
// value marks bad input); the search over arrays and @graph is recursive but
// bounded by kMaxJsonDepth, so a hostile script cannot exhaust the stack.
#include "extract/jsonld_metadata.h"

#include <nlohmann/json.hpp>

#include <exception>
#include <string_view>
#include <unordered_set>

#include "data/embedded_data.h"
#include "extract/html_text.h"

namespace lede::detail {

namespace {

using Json = nlohmann::json;

// Deepest nesting of arrays and @graph searched for the article object;
// real pages use two or three levels.
constexpr int kMaxJsonDepth = 8;

// Returns true when a JSON-LD @type (a string or a list of them) is an article type.
bool IsArticleType(const Json& type) {
  static const std::unordered_set<std::string_view> kTypes = [] {
    std::unordered_set<std::string_view> types;
    for (std::string_view t : DataLines("boilerplate/html_jsonld_article_types.txt")) types.insert(t);
    return types;
  }();
  if (type.is_string()) {
    std::string_view t = type.get_ref<const std::string&>();
    if (t.rfind("schema:", 0) == 0) t.remove_prefix(7);
    return kTypes.count(t) != 0;
  }
  if (type.is_array()) {
    for (const Json& t : type) {
      if (IsArticleType(t)) return true;
    }
  }
  return false;
}

// Returns the string at `key` (or the first string of a list there), collapsed; "" otherwise.
std::string StringField(const Json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return "";
  const Json* value = &*it;
  if (value->is_array() && !value->empty()) value = &(*value)[0];
  if (value->is_object()) {
    auto id = value->find("@id");
    if (id == value->end()) id = value->find("name");
    if (id == value->end() || !id->is_string()) return "";
    value = &*id;
  }
  return value->is_string() ? CollapseWhitespace(value->get_ref<const std::string&>()) : "";
}

// Returns the names of the author field: a string, an object with a name, or a list of either.
std::vector<std::string> Authors(const Json& object) {
  std::vector<std::string> names;
  auto it = object.find("author");
  if (it == object.end()) return names;
  auto add = [&names](const Json& a) {
    if (a.is_string()) {
      names.push_back(CollapseWhitespace(a.get_ref<const std::string&>()));
    } else if (a.is_object()) {
      auto name = a.find("name");
      if (name != a.end() && name->is_string()) names.push_back(CollapseWhitespace(name->get_ref<const std::string&>()));
    }
  };
  if (it->is_array()) {
    for (const Json& a : *it) add(a);
  } else {
    add(*it);
  }
  std::erase_if(names, [](const std::string& n) { return n.empty() || n.rfind("http", 0) == 0; });
  return names;
}

// Returns the first article object under `value`, or nullptr.
const Json* FindArticle(const Json& value, int depth) {
  if (depth > kMaxJsonDepth) return nullptr;
  if (value.is_array()) {
    for (const Json& v : value) {
      if (const Json* found = FindArticle(v, depth + 1)) return found;
    }
    return nullptr;
  }
  if (!value.is_object()) return nullptr;
  if (auto type = value.find("@type"); type != value.end() && IsArticleType(*type)) return &value;
  if (auto graph = value.find("@graph"); graph != value.end()) return FindArticle(*graph, depth + 1);
  return nullptr;
}

// Returns the text of a <script> element.
std::string ScriptText(const Dom& dom, const DomNode& script) {
  std::string text;
  for (NodeId c : script.children) text += dom.nodes[c].text;
  return text;
}

}  // namespace

JsonLdArticle ReadJsonLd(const Dom& dom) {
  JsonLdArticle out;
  for (const DomNode& node : dom.nodes) {
    if (node.is_text || node.tag != "script") continue;
    try {
      const Json json = Json::parse(ScriptText(dom, node), nullptr, /*allow_exceptions=*/false);
      if (json.is_discarded()) continue;
      const Json* article = FindArticle(json, 0);
      if (article == nullptr) continue;
      out.headline = StringField(*article, "headline");
      if (out.headline.empty()) out.headline = StringField(*article, "name");
      out.section = StringField(*article, "articleSection");
      out.description = StringField(*article, "description");
      out.authors = Authors(*article);
      out.published = StringField(*article, "datePublished");
      out.modified = StringField(*article, "dateModified");
      out.language = StringField(*article, "inLanguage");
      out.url = StringField(*article, "url");
      if (out.url.empty()) out.url = StringField(*article, "mainEntityOfPage");
      if (auto pub = article->find("publisher"); pub != article->end() && pub->is_object()) {
        out.publisher = StringField(*pub, "name");
      }
      return out;
    } catch (const std::exception&) {
      // A type mismatch deep in odd JSON-LD: ignore this script, as with malformed JSON.
      continue;
    }
  }
  return out;
}

}  // namespace lede::detail
