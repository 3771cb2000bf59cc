import Foundation

extension LanguageServer {
    /// Serves one client over a pair of file descriptors until `exit`, the end of the
    /// input, or a header that cannot be read. Returns the process's exit status: the
    /// `exit` notification's (0 after `shutdown`, else 1), 0 when the client closed the
    /// stream, 1 for a broken header.
    public static func serve(input: Int32, output: Int32, options: Options) async -> Int32 {
        let server = LanguageServer(writer: .fileDescriptor(output), options: options)
        let (frames, continuation) = AsyncStream<FramedInput>.makeStream(bufferingPolicy: .unbounded)
        // Reading blocks, so it has a thread of its own rather than a task of the pool
        // the compiler runs on.
        let reader = Thread {
            var reader = MessageReader(source: FileDescriptorSource(descriptor: input))
            while true {
                let frame = reader.next()
                continuation.yield(frame)
                switch frame {
                case .end, .malformedHeader: continuation.finish(); return
                case .message, .oversized: continue
                }
            }
        }
        reader.start()
        for await frame in frames {
            if case .malformedHeader(let reason) = frame {
                FileHandle.standardError.write(Data("apg lsp: cannot read the client's message: \(reason); stopping\n".utf8))
            }
            if let status = await server.handle(frame) { return status }
        }
        return 0
    }

    /// Handles one frame of the input; the exit status once serving ends (`exit`, the end
    /// of the input, a header that cannot be read), else nil. The loop of `serve` and the
    /// `fuzz-lsp-reader` target both go through here.
    public func handle(_ frame: FramedInput) async -> Int32? {
        switch frame {
        case .message(let body):
            await receive(body)
            return exitCode
        case .oversized(let length):
            rejectOversized(length)
            return nil
        case .malformedHeader:
            return 1
        case .end:
            return 0
        }
    }
}
