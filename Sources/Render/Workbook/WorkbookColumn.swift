import Vocabulary

/// The columns of the Actions sheet, in order, with their header in every supported
/// language. The import finds its columns by these headers in any language, so a sheet
/// exported in German and a CSV typed by hand in English read alike.
public enum WorkbookColumn: String, CaseIterable, Sendable {
    case id, title, goal, strategy, owner, due, status, latest, done, metric, target, actual
    case newStatus = "new status", newDue = "new due", newActual = "new actual", comment

    /// The columns an owner fills in.
    public static let updateColumns: [WorkbookColumn] = [.newStatus, .newDue, .newActual, .comment]

    public func header(language: String) -> String {
        let words = WorkbookColumn.headers[rawValue] ?? [:]
        return words[WorkbookLanguage.base(language)] ?? words["en"] ?? rawValue
    }

    /// The column a header names, in any language; case, accents, `_`/`-` and trailing
    /// punctuation do not matter.
    public static func column(forHeader header: String) -> WorkbookColumn? {
        headerLookup[normalize(header)]
    }

    static func normalize(_ header: String) -> String {
        Vocabulary.normalize(header.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " "))
    }

    private static let headerLookup: [String: WorkbookColumn] = {
        var lookup: [String: WorkbookColumn] = [:]
        for column in allCases {
            lookup[normalize(column.rawValue)] = column
            for word in (headers[column.rawValue] ?? [:]).values { lookup[normalize(word)] = column }
        }
        // actions.csv's own headers.
        lookup["owners"] = .owner
        return lookup
    }()

    /// Header words by column and language (en, de, fr, es, it, pt, ja, zh).
    static let headers: [String: [String: String]] = [
        "id": ["en": "ID", "de": "ID", "fr": "ID", "es": "ID", "it": "ID", "pt": "ID", "ja": "ID", "zh": "ID"],
        "title": ["en": "Title", "de": "Titel", "fr": "Titre", "es": "Título", "it": "Titolo", "pt": "Título", "ja": "タイトル", "zh": "标题"],
        "goal": ["en": "Goal", "de": "Ziel", "fr": "Objectif", "es": "Objetivo", "it": "Obiettivo", "pt": "Objetivo", "ja": "目標", "zh": "目标"],
        "strategy": ["en": "Strategy", "de": "Strategie", "fr": "Stratégie", "es": "Estrategia", "it": "Strategia", "pt": "Estratégia", "ja": "戦略", "zh": "策略"],
        "owner": ["en": "Owner", "de": "Verantwortlich", "fr": "Responsable", "es": "Responsable", "it": "Responsabile", "pt": "Responsável", "ja": "担当者", "zh": "负责人"],
        "due": ["en": "Due", "de": "Fällig", "fr": "Échéance", "es": "Vencimiento", "it": "Scadenza", "pt": "Prazo", "ja": "期限", "zh": "截止日期"],
        "status": ["en": "Status", "de": "Status", "fr": "Statut", "es": "Estado", "it": "Stato", "pt": "Situação", "ja": "ステータス", "zh": "状态"],
        "latest": ["en": "Latest update", "de": "Letzte Meldung", "fr": "Dernier point", "es": "Última novedad", "it": "Ultimo aggiornamento", "pt": "Última atualização", "ja": "最新の更新", "zh": "最新进展"],
        "done": ["en": "Done", "de": "Erledigt am", "fr": "Terminé le", "es": "Completado", "it": "Completata il", "pt": "Concluída em", "ja": "完了日", "zh": "完成日期"],
        "metric": ["en": "Metric", "de": "Metrik", "fr": "Indicateur", "es": "Métrica", "it": "Metrica", "pt": "Métrica", "ja": "指標", "zh": "指标"],
        "target": ["en": "Target", "de": "Zielwert", "fr": "Cible", "es": "Meta", "it": "Valore obiettivo", "pt": "Meta", "ja": "目標値", "zh": "目标值"],
        "actual": ["en": "Actual", "de": "Istwert", "fr": "Réel", "es": "Valor actual", "it": "Valore attuale", "pt": "Valor atual", "ja": "実績値", "zh": "实际值"],
        "new status": ["en": "New status", "de": "Neuer Status", "fr": "Nouveau statut", "es": "Nuevo estado", "it": "Nuovo stato", "pt": "Nova situação", "ja": "新しいステータス", "zh": "新状态"],
        "new due": ["en": "New due", "de": "Neu fällig", "fr": "Nouvelle échéance", "es": "Nuevo vencimiento", "it": "Nuova scadenza", "pt": "Novo prazo", "ja": "新しい期限", "zh": "新截止日期"],
        "new actual": ["en": "New actual", "de": "Neuer Istwert", "fr": "Nouveau réel", "es": "Nuevo valor actual", "it": "Nuovo valore attuale", "pt": "Novo valor atual", "ja": "新しい実績値", "zh": "新实际值"],
        "comment": ["en": "Comment", "de": "Kommentar", "fr": "Commentaire", "es": "Comentario", "it": "Commento", "pt": "Comentário", "ja": "コメント", "zh": "备注"],
        // Milestones and Goals sheets.
        "action": ["en": "Action", "de": "Maßnahme", "fr": "Action", "es": "Acción", "it": "Azione", "pt": "Ação", "ja": "アクション", "zh": "行动"],
        "milestone": ["en": "Milestone", "de": "Meilenstein", "fr": "Jalon", "es": "Hito", "it": "Milestone", "pt": "Marco", "ja": "マイルストーン", "zh": "里程碑"],
        "date": ["en": "Date", "de": "Datum", "fr": "Date", "es": "Fecha", "it": "Data", "pt": "Data", "ja": "日付", "zh": "日期"],
        "baseline": ["en": "Baseline", "de": "Ausgangswert", "fr": "Valeur initiale", "es": "Línea base", "it": "Valore di partenza", "pt": "Linha de base", "ja": "基準値", "zh": "基线"],
    ]

    /// A header of the Milestones or Goals sheet (`action`, `milestone`, `date`, `baseline`).
    static func header(_ key: String, language: String) -> String {
        let words = headers[key] ?? [:]
        return words[WorkbookLanguage.base(language)] ?? words["en"] ?? key
    }
}

/// The language a workbook is written in, and its words for the action statuses.
public enum WorkbookLanguage {
    /// `de` of `de-CH`.
    public static func base(_ language: String) -> String {
        String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    /// A status in a language's first word for it (`gefährdet`), else English.
    public static func statusWord(_ key: String, language: String, vocabulary: Vocabulary = .bundled) -> String {
        vocabulary.words(for: key, in: .actionStatus, language: base(language)).first
            ?? vocabulary.words(for: key, in: .actionStatus, language: "en").first
            ?? key
    }
}
