/// Function words of the supported languages, folded (lower case, no accents), that say
/// nothing about what an item is about. Generic lists: no domain words.
enum StopWords {
    static func contains(_ word: String, language: String) -> Bool {
        // English words turn up in every language's technical titles.
        english.contains(word) || (lists[language]?.contains(word) ?? false)
    }

    private static let english: Set<String> = [
        "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from", "into",
        "onto", "over", "under", "about", "as", "is", "are", "be", "been", "was", "were", "not", "no",
        "all", "any", "our", "their", "its", "it", "this", "that", "these", "those", "too", "very",
        "still", "than", "per", "via", "through", "until", "within", "without", "up", "out", "off",
        "will", "can", "has", "have", "had", "do", "does", "we", "they", "them", "his", "her", "more",
        "most", "some", "such", "only", "also", "yet", "so", "but", "if", "then", "there", "which",
    ]

    private static let lists: [String: Set<String>] = [
        "de": [
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines",
            "und", "oder", "fur", "mit", "von", "vom", "zum", "zur", "zu", "im", "in", "am", "an", "auf",
            "aus", "bei", "beim", "bis", "durch", "uber", "unter", "nach", "vor", "ist", "sind", "wird",
            "werden", "wurde", "nicht", "kein", "keine", "noch", "sehr", "als", "auch", "dass", "es",
            "sich", "um", "ins", "wie", "zwischen", "ohne", "gegen", "unsere", "unser", "ihre", "ihr",
            "mehr", "nur", "schon", "aber",
        ],
        "fr": [
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "pour", "par", "sur",
            "sous", "dans", "en", "au", "aux", "avec", "sans", "ce", "ces", "cet", "cette", "est", "sont",
            "sera", "pas", "ne", "n", "plus", "tres", "trop", "que", "qu", "qui", "leur", "leurs", "son",
            "sa", "ses", "a", "y", "notre", "nos", "entre", "chez", "encore", "toujours", "tous", "toutes",
        ],
        "es": [
            "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "y", "e", "o", "u", "de", "del",
            "al", "a", "en", "para", "por", "con", "sin", "sobre", "entre", "hasta", "desde", "es", "son",
            "esta", "estan", "no", "mas", "muy", "que", "su", "sus", "se", "le", "les", "nuestro",
            "nuestra", "todos", "todas", "aun", "todavia", "demasiado",
        ],
        "it": [
            "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "ed", "o", "di", "del", "della",
            "dei", "delle", "degli", "dello", "al", "alla", "ai", "alle", "a", "da", "dal", "dalla", "in",
            "nel", "nella", "su", "sul", "sulla", "per", "con", "senza", "tra", "fra", "che", "non",
            "piu", "molto", "troppo", "sono", "ancora", "nostro", "nostra", "tutti", "tutte",
        ],
        "pt": [
            "o", "a", "os", "as", "um", "uma", "e", "ou", "de", "do", "da", "dos", "das", "em", "no", "na",
            "nos", "nas", "para", "por", "pelo", "pela", "com", "sem", "sobre", "entre", "ate", "que",
            "nao", "mais", "muito", "demais", "seu", "sua", "ao", "aos", "se", "ainda", "nosso", "nossa",
            "todos", "todas",
        ],
    ]

    /// Particles of Japanese and Chinese that glue content words together; dropping them
    /// keeps character bigrams from spanning grammar.
    static func isCJKParticle(_ scalar: Unicode.Scalar) -> Bool { cjkParticles.contains(scalar) }

    private static let cjkParticles: Set<Unicode.Scalar> = [
        // Japanese hiragana particles.
        "の", "に", "を", "は", "が", "と", "で", "へ", "も", "や", "か",
        // Chinese structural words.
        "的", "了", "和", "与", "及", "在", "对", "为", "是", "于", "把", "被",
    ]
}
