import Foundation

/// The Japanese and Chinese entries of a lexicon, as a `CharacterTrie` built the first time
/// a text in those scripts is analyzed: an account written in Latin-script languages never
/// pays for the 7,000 entries. Copies share the trie until one of them adds an entry.
struct LazyCharacterTrie: Sendable {
    private var storage: Storage

    /// An empty trie, for tables built from the data file.
    init() {
        storage = Storage(built: CharacterTrie())
    }

    /// The trie of `T` records of compiled tables: the byte ranges in `text` (contiguous
    /// UTF-8) of each record's fields after its kind.
    init(text: String, records: [Range<Int>]) {
        storage = Storage(text: text, records: records)
    }

    var trie: CharacterTrie { storage.trie }

    mutating func insert(_ characters: [Character], concept: String) {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(built: storage.trie) }
        storage.insert(characters, concept: concept)
    }

    private final class Storage: @unchecked Sendable {
        // Guards `built`; `text` and `records` never change.
        private let lock = NSLock()
        private var built: CharacterTrie?
        private let text: String
        private let records: [Range<Int>]

        init(built: CharacterTrie) {
            self.built = built
            text = ""
            records = []
        }

        init(text: String, records: [Range<Int>]) {
            self.text = text
            self.records = records
        }

        var trie: CharacterTrie {
            lock.lock()
            defer { lock.unlock() }
            if let built { return built }
            var trie = CharacterTrie()
            text.utf8.withContiguousStorageIfAvailable { bytes in
                for record in records {
                    // `characters\tconcept,…`
                    let fields = bytes[record].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                    guard fields.count == 2 else { continue }
                    let characters = Array(String(decoding: fields[0], as: UTF8.self))
                    let concepts = Set(fields[1].split(separator: UInt8(ascii: ",")).map { String(decoding: $0, as: UTF8.self) })
                    for concept in concepts.sorted() { trie.insert(characters, concept: concept) }
                }
            }
            built = trie
            return trie
        }

        /// Only on a storage no other lexicon shares.
        func insert(_ characters: [Character], concept: String) {
            _ = trie
            lock.lock()
            defer { lock.unlock() }
            // In place: a copy here would copy the whole trie for every entry.
            built?.insert(characters, concept: concept)
        }
    }
}
