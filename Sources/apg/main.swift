import APGCommandLine
import Foundation

exit(await APGMain.run(Array(CommandLine.arguments.dropFirst())))
