import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn the compiled binary; the corpus tests read 2,000 files.
    testTimeout: 60_000
  }
})
