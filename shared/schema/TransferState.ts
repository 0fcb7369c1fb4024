// An image pull or push in progress (wire format).
import { Schema, type } from '@colyseus/schema';

export class TransferState extends Schema {
  /** `pull` or `push`. */
  @type('string') kind = 'pull';
  /** Host or VM whose engine transfers. */
  @type('string') target = '';
  @type('string') image = '';
  @type('uint16') progressPermille = 0;
}
