// Part of the fault-injection suite (see helpers/faults-suite.ts): the writes, every other row, so
// that four workers share the transient matrix.
import { transientFaults } from './helpers/faults-suite.js'

transientFaults('writes', 2, 2)
