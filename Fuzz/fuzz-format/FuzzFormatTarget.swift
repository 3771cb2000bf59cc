import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormat(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoint.run(data, size, FormatFuzzing.run)
}
