#!/usr/bin/env python3
"""Generates data/lexicon/currency_names.tsv: every way a news text writes a currency.

Source: Debian's iso-codes package, /usr/share/iso-codes/json/iso_4217.json
(ISO 4217 codes and English names; iso-codes is LGPL-2.1-or-later), plus the hand-kept
list of symbols, prefixed dollar signs and everyday names below (written for lede).

Output lines: alias <TAB> ISO code <TAB> how it is written:
  code    - the ISO code itself, matched only when written in capitals (USD 5m, 5m EUR)
  name    - a currency name written after the number (5 million yuan, 150 billion euros)
  symbol  - a sign written before (or glued after) the number (€150bn, US$163bn, 5€)
Run: python3 data/scripts/make_currency_names.py > data/lexicon/currency_names.tsv
"""
import json
import sys

ISO_PATH = "/usr/share/iso-codes/json/iso_4217.json"

# Codes that are also everyday English words or acronyms: never read bare as a currency.
AMBIGUOUS_CODES = {"ALL", "CUP", "TOP", "MOP", "BOB", "GEL", "SOS", "PEN", "MAD", "LAK", "CAD"}
# Funds, metals and testing codes are not money a news story counts in.
SKIP_CODES = {"XAG", "XAU", "XPD", "XPT", "XTS", "XXX", "XBA", "XBB", "XBC", "XBD", "XDR",
              "XSU", "XUA", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW"}

SYMBOLS = [
    ("$", "USD"), ("us$", "USD"), ("u.s.$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"),
    ("₹", "INR"), ("₩", "KRW"), ("₽", "RUB"), ("₺", "TRY"), ("₪", "ILS"), ("₴", "UAH"),
    ("₦", "NGN"), ("₱", "PHP"), ("฿", "THB"), ("₫", "VND"), ("hk$", "HKD"), ("a$", "AUD"),
    ("au$", "AUD"), ("c$", "CAD"), ("ca$", "CAD"), ("s$", "SGD"), ("nz$", "NZD"), ("nt$", "TWD"),
    ("r$", "BRL"), ("mx$", "MXN"), ("rmb", "CNY"), ("rs", "INR"), ("rs.", "INR"), ("sfr", "CHF"),
    # Signs of other currencies (Unicode block Currency Symbols).
    ("₭", "LAK"), ("₮", "MNT"), ("₸", "KZT"), ("₼", "AZN"), ("₾", "GEL"), ("₡", "CRC"),
    ("₲", "PYG"), ("₵", "GHS"), ("₥", "INR"), ("₨", "PKR"), ("៛", "KHR"), ("₿", "XBT"),
    # Prefixed dollars written with a space before the sign ("US $5", "C $300"); money.cc
    # takes a lower-case letter prefix only when it cannot be a word (see LetterPrefixOk).
    ("us $", "USD"), ("u.s. $", "USD"), ("u.s $", "USD"), ("c $", "CAD"), ("hk $", "HKD"),
    ("a $", "AUD"), ("nz $", "NZD"), ("s $", "SGD"),
]

NAMES = [
    ("dollar", "USD"), ("dollars", "USD"), ("us dollar", "USD"), ("us dollars", "USD"),
    ("u.s. dollars", "USD"), ("american dollars", "USD"), ("bucks", "USD"),
    ("euro", "EUR"), ("euros", "EUR"), ("pound", "GBP"), ("pounds", "GBP"),
    ("pounds sterling", "GBP"), ("sterling", "GBP"), ("british pounds", "GBP"),
    ("yen", "JPY"), ("japanese yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"),
    ("chinese yuan", "CNY"), ("rmb", "CNY"), ("won", "KRW"), ("korean won", "KRW"),
    ("south korean won", "KRW"), ("rupee", "INR"), ("rupees", "INR"), ("indian rupees", "INR"),
    ("pakistani rupees", "PKR"), ("sri lankan rupees", "LKR"), ("rouble", "RUB"),
    ("roubles", "RUB"), ("ruble", "RUB"), ("rubles", "RUB"), ("hryvnia", "UAH"),
    ("hryvnias", "UAH"), ("hong kong dollars", "HKD"), ("australian dollars", "AUD"),
    ("canadian dollars", "CAD"), ("singapore dollars", "SGD"), ("new zealand dollars", "NZD"),
    ("taiwan dollars", "TWD"), ("new taiwan dollars", "TWD"), ("swiss francs", "CHF"),
    ("swiss franc", "CHF"), ("francs", "CHF"), ("lira", "TRY"), ("turkish lira", "TRY"),
    ("liras", "TRY"), ("rand", "ZAR"), ("rands", "ZAR"), ("real", "BRL"), ("reais", "BRL"),
    ("brazilian reais", "BRL"), ("pesos", "MXN"), ("mexican pesos", "MXN"),
    ("argentine pesos", "ARS"), ("ringgit", "MYR"), ("baht", "THB"), ("dong", "VND"),
    ("rupiah", "IDR"), ("shekels", "ILS"), ("shekel", "ILS"), ("naira", "NGN"),
    ("riyals", "SAR"), ("saudi riyals", "SAR"), ("dirhams", "AED"), ("kronor", "SEK"),
    ("swedish kronor", "SEK"), ("kroner", "NOK"), ("norwegian kroner", "NOK"),
    ("danish kroner", "DKK"), ("zloty", "PLN"), ("zlotys", "PLN"), ("forint", "HUF"),
    ("forints", "HUF"), ("koruna", "CZK"), ("tenge", "KZT"), ("taka", "BDT"), ("bitcoin", "XBT"),
    ("kip", "LAK"), ("lao kip", "LAK"),
]

# Currencies withdrawn from ISO 4217 (replaced by the euro and others) that older and
# financial news still counts in. Codes are their former ISO 4217 codes.
HISTORIC = [
    ("finnish markka", "FIM"), ("finnish markkas", "FIM"), ("finnish markkaa", "FIM"),
    ("markka", "FIM"), ("markkaa", "FIM"), ("markkas", "FIM"),
    ("deutsche mark", "DEM"), ("deutsche marks", "DEM"), ("deutschmark", "DEM"),
    ("deutschmarks", "DEM"), ("german marks", "DEM"), ("west german marks", "DEM"),
    ("french franc", "FRF"), ("french francs", "FRF"), ("belgian franc", "BEF"),
    ("belgian francs", "BEF"), ("luxembourg francs", "LUF"), ("italian lira", "ITL"),
    ("italian lire", "ITL"), ("lire", "ITL"), ("peseta", "ESP"), ("pesetas", "ESP"),
    ("spanish pesetas", "ESP"), ("guilder", "NLG"), ("guilders", "NLG"),
    ("dutch guilders", "NLG"), ("drachma", "GRD"), ("drachmas", "GRD"), ("drachmae", "GRD"),
    ("escudo", "PTE"), ("escudos", "PTE"), ("schilling", "ATS"), ("schillings", "ATS"),
    ("austrian schillings", "ATS"), ("irish pounds", "IEP"), ("punt", "IEP"), ("punts", "IEP"),
]


def main():
    with open(ISO_PATH, encoding="utf-8") as f:
        iso = json.load(f)["4217"]
    out = sys.stdout
    out.write("# Currency aliases: alias <TAB> ISO 4217 code <TAB> code|name|symbol.\n")
    out.write("# Generated by data/scripts/make_currency_names.py from Debian iso-codes\n")
    out.write("# (iso_4217.json, LGPL-2.1-or-later) plus lede's own list of symbols and names.\n")
    out.write("# Do not edit by hand: edit the script and run it again.\n")
    seen = set()

    def emit(alias, code, how):
        key = (alias, how)
        if key in seen:
            return
        seen.add(key)
        out.write(f"{alias}\t{code}\t{how}\n")

    for entry in iso:
        code = entry["alpha_3"]
        if code in SKIP_CODES:
            continue
        if code not in AMBIGUOUS_CODES:
            emit(code.lower(), code, "code")
        name = entry["name"].lower()
        emit(name, code, "name")
        if not name.endswith("s"):
            emit(name + "s", code, "name")
    for alias, code in SYMBOLS:
        emit(alias, code, "symbol")
    for alias, code in NAMES + HISTORIC:
        emit(alias, code, "name")


if __name__ == "__main__":
    main()
