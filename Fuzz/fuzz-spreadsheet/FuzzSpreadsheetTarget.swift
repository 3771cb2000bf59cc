import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpreadsheet(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoint.run(data, size, SpreadsheetFuzzing.run)
}
