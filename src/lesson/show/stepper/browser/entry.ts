/**
 * The stepper's script: esbuild bundles this entry with all it imports (package.json,
 * build:browser) into dist/browser/stepper.js, and stepperHtml inlines that file in every
 * widget it writes. Run inside the widget's own <script>, it brings that widget to life
 * (document.currentScript is only set while the script first runs, so it is read here).
 */
import { mountStepper } from "./widget";

mountStepper(document.currentScript);
