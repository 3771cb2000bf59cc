import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkspace(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoint.run(data, size, WorkspaceFuzzing.run)
}
