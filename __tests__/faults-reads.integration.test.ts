// Part of the fault-injection suite (see helpers/faults-suite.ts), split so two workers share it.
import { transientFaults } from './helpers/faults-suite.js'

transientFaults('reads')
